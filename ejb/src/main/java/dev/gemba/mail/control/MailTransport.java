package dev.gemba.mail.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import dev.gemba.mail.boundary.Mail;
import dev.gemba.platform.control.GembaSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a message on its way with Jakarta Mail. With GEMBA_MAIL_SMTP_HOST set it goes to that
 * server; without it (the demo default) each message is written as an .eml file to GEMBA_MAIL_DIR,
 * by default $GEMBA_DATA_DIR/mail, and logged, so nothing leaves the machine by accident.
 * Thread-safe: the session is immutable once built.
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Inject
    @ConfigProperty(name = "gemba.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "gemba.mail.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "gemba.mail.from", defaultValue = "gemba@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "gemba.mail.dir")
    Optional<String> mailDir;

    @Inject
    GembaSettings settings;

    private Session session;

    @PostConstruct
    void init() {
        Properties props = new Properties();
        smtpHost.filter(h -> !h.isBlank()).ifPresent(h -> {
            props.put("mail.smtp.host", h);
            props.put("mail.smtp.port", String.valueOf(smtpPort));
        });
        session = Session.getInstance(props);
    }

    /** Where demo mail is written. */
    public Path folder() {
        return mailDir.filter(d -> !d.isBlank()).map(Path::of).orElseGet(() -> settings.dataDir()
                .resolve("mail"));
    }

    /**
     * Sends one message: a plain text, with the attachments if any.
     *
     * @param unsubscribe the unsubscribe address for the List-Unsubscribe header (RFC 8058), or null
     */
    public void send(
            String to,
            String subject,
            String body,
            List<Mail.Attachment> attachments,
            String fileStem,
            String unsubscribe)
            throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        if (attachments.isEmpty()) {
            message.setText(body, "UTF-8");
            // as written, not quoted-printable: demo mail is read as .eml files, and their links must stay whole
            message.setHeader("Content-Transfer-Encoding", "8bit");
        } else {
            var parts = new MimeMultipart();
            var text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            text.setHeader("Content-Transfer-Encoding", "8bit");
            parts.addBodyPart(text);
            for (Mail.Attachment a : attachments) {
                var file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                file.setFileName(a.fileName());
                parts.addBodyPart(file);
            }
            message.setContent(parts);
        }
        if (unsubscribe != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.saveChanges();
        if (smtpHost.filter(h -> !h.isBlank()).isPresent()) {
            Transport.send(message);
            return;
        }
        Path dir = folder();
        Files.createDirectories(dir);
        // the time keeps files of a reset database (ids start again) from overwriting older ones
        Path file = dir.resolve(fileStem + "-" + System.currentTimeMillis() + ".eml");
        // written aside and moved into place, so that nobody reading the folder sees half a mail
        Path partial = dir.resolve(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(() -> "Mail to " + to + " written to " + file);
    }
}
