package dev.gemba.mail.boundary;

import java.util.Locale;

/**
 * One plain-text message to one address.
 *
 * @param fileStem the start of the .eml file's name in demo mode (no path)
 * @param language the reader's language: the unsubscribe footer is written in it
 * @param transactional what the reader asked for or must get (a survey about their ticket); mail
 *     that is not transactional carries an unsubscribe link and is not sent to addresses that opted out
 */
public record Mail(String to, String subject, String body, String fileStem, Locale language, boolean transactional) {

    public static Mail transactional(String to, String subject, String body, String fileStem, Locale language) {
        return new Mail(to, subject, body, fileStem, language, true);
    }

    public static Mail withUnsubscribe(String to, String subject, String body, String fileStem, Locale language) {
        return new Mail(to, subject, body, fileStem, language, false);
    }
}
