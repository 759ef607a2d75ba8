package dev.gemba.mail.boundary;

import java.util.List;
import java.util.Locale;

/**
 * One message to one address: a plain text, and files attached to it if any.
 *
 * @param fileStem the start of the .eml file's name in demo mode (no path)
 * @param language the reader's language: the unsubscribe footer is written in it
 * @param transactional what the reader asked for or must get (a survey about their ticket, the pack
 *     of a review they take part in); mail that is not transactional carries an unsubscribe link
 *     and is not sent to addresses that opted out
 */
public record Mail(
        String to,
        String subject,
        String body,
        String fileStem,
        Locale language,
        boolean transactional,
        List<Attachment> attachments) {

    /** A file sent with the text. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    public Mail {
        attachments = List.copyOf(attachments);
    }

    public static Mail transactional(String to, String subject, String body, String fileStem, Locale language) {
        return new Mail(to, subject, body, fileStem, language, true, List.of());
    }

    public static Mail withUnsubscribe(String to, String subject, String body, String fileStem, Locale language) {
        return new Mail(to, subject, body, fileStem, language, false, List.of());
    }

    /** This mail with one more file attached. */
    public Mail attaching(String fileName, String contentType, byte[] content) {
        var all = new java.util.ArrayList<>(attachments);
        all.add(new Attachment(fileName, contentType, content));
        return new Mail(to, subject, body, fileStem, language, transactional, all);
    }
}
