package dev.gemba.review.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

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

import dev.gemba.platform.control.GembaSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a review pack (a text and the PDF) to one participant, the way survey mail goes out: to
 * GEMBA_MAIL_SMTP_HOST when set, else as an .eml file in GEMBA_MAIL_DIR (default
 * $GEMBA_DATA_DIR/mail). A copy of the survey mailer's approach until mail is a shared capability.
 */
@ApplicationScoped
public class ReviewMailer {

    private static final Logger LOG = Logger.getLogger(ReviewMailer.class.getName());

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

    public void send(String to, String subject, String body, byte[] pdf, String pdfName, String fileStem)
            throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        var text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        var attachment = new MimeBodyPart();
        attachment.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(pdfName);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        if (smtpHost.filter(h -> !h.isBlank()).isPresent()) {
            Transport.send(message);
            return;
        }
        Path dir = mailDir.filter(d -> !d.isBlank()).map(Path::of).orElseGet(() -> settings.dataDir()
                .resolve("mail"));
        Files.createDirectories(dir);
        Path file = dir.resolve(fileStem + "-" + System.currentTimeMillis() + ".eml");
        Path partial = dir.resolve(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(() -> "Review pack mail to " + to + " written to " + file);
    }
}
