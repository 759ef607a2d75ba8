package dev.gemba.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.Messages;

/**
 * Names of topics for people: the default taxonomy's ids ("network-connectivity") have a name in
 * each language; topics of an organisation's own model are shown by their id.
 */
@Named
@RequestScoped
public class TopicLabels {

    @Inject
    Messages messages;

    /** Several topics' names, comma-separated (a table export's cell). */
    public String labels(java.util.Collection<String> topics) {
        return topics == null
                ? ""
                : String.join(", ", topics.stream().map(this::label).toList());
    }

    public String label(String topic) {
        if (topic == null) {
            return "";
        }
        String key = "topic." + topic;
        String text = messages.get(key);
        return text.equals(key) ? topic : text;
    }
}
