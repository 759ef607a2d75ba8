package dev.gemba.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A single-part text mail as demo mode writes it (an .eml file in the test server's mail folder),
 * decoded as its reader sees it: the RFC 2047 subject, and a quoted-printable, base64 or 8-bit
 * UTF-8 body.
 */
public record SentMail(String to, String subject, String body, String listUnsubscribe) {

    /** Where the test server's demo mode writes mail (GEMBA_DATA_DIR is target/it-data). */
    public static final Path FOLDER = Path.of("target/it-data/mail");

    /** Every mail written so far that passes the test, in no particular order. */
    public static List<SentMail> matching(Predicate<SentMail> test) throws IOException {
        List<SentMail> found = new ArrayList<>();
        if (!Files.isDirectory(FOLDER)) {
            return found;
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                SentMail mail = read(Files.readString(file, StandardCharsets.ISO_8859_1));
                if (test.test(mail)) {
                    found.add(mail);
                }
            }
        }
        return found;
    }

    public static SentMail read(String raw) {
        int split = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
        String headers = raw.substring(0, split).replaceAll("\r?\n[ \t]+", " ");
        String body = raw.substring(split).strip();
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        byte[] decoded =
                switch (header(headers, "Content-Transfer-Encoding").toLowerCase()) {
                    case "quoted-printable" -> quotedPrintable(body);
                    case "base64" -> Base64.getMimeDecoder().decode(bytes);
                    default -> bytes;
                };
        return new SentMail(
                header(headers, "To"),
                words(header(headers, "Subject")),
                new String(decoded, StandardCharsets.UTF_8).replace("\r\n", "\n"),
                header(headers, "List-Unsubscribe"));
    }

    /** The token of the unsubscribe page's link in the body. */
    public String unsubscribeToken() {
        Matcher m = Pattern.compile("/unsubscribe\\.xhtml\\?t=([A-Za-z0-9_-]+)").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** The unsubscribe page's link in the body, as a reader would click it. */
    public String unsubscribeLink() {
        Matcher m = Pattern.compile("(http\\S+/unsubscribe\\.xhtml\\?\\S+)").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static String header(String headers, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ": (.*)$").matcher(headers);
        return m.find() ? m.group(1).strip() : "";
    }

    /** Decodes RFC 2047 encoded words. */
    private static String words(String value) {
        Matcher m = Pattern.compile("=\\?UTF-8\\?([QB])\\?(.*?)\\?=\\s*", Pattern.CASE_INSENSITIVE)
                .matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] bytes = m.group(1).equalsIgnoreCase("B")
                    ? Base64.getDecoder().decode(m.group(2))
                    : quotedPrintable(m.group(2).replace('_', ' '));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] quotedPrintable(String text) {
        String joined = text.replaceAll("=\r?\n", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
