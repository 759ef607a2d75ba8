package dev.gemba.platform.queue;

import java.util.List;

/**
 * A handler whose work is safe to repeat and may run several items in one transaction, so that
 * their reads, writes and commit are shared. When a batch fails, each item is run again on its own
 * (see {@link WorkDispatcher}), so one bad item neither blocks nor fails the others. Work with
 * effects outside the database (mail) must not batch: a rolled-back batch would repeat them.
 */
public interface BatchWorkHandler extends WorkHandler {

    void processAll(List<Long> subjectIds) throws Exception;
}
