package dev.gemba.platform.queue;

import java.util.List;

/**
 * Supplies handlers that are not beans of their own: a capability with one handler per kind of
 * subject plugged into it (the text analysis) provides them here.
 */
public interface WorkHandlerProvider {

    List<WorkHandler> handlers();
}
