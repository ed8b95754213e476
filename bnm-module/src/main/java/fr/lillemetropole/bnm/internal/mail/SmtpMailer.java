package fr.lillemetropole.bnm.internal.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends through Eclipse Angus' SMTP transport, named directly rather than looked up. Within OSGi, Jakarta Mail
 * finds its helpers (stream encoders) through the thread's context class loader: it is the mail bundle's own
 * while a mail is built and sent. The body is handed over as bytes, so no Jakarta Activation registry is needed.
 */
final class SmtpMailer implements Mailer {

    private static final String TIMEOUT_MS = "20000";
    private final MailConfig config;

    SmtpMailer(MailConfig config) {
        this.config = config;
    }

    @Override
    public void send(String to, String subject, String body) throws MessagingException, UnsupportedEncodingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            boolean smtps = "smtps".equals(config.tls());
            Session session = Session.getInstance(properties(smtps ? "smtps" : "smtp"));
            MimeMessage message = new MimeMessage(session);
            InternetAddress from = new InternetAddress(config.from(), true);
            message.setFrom(new InternetAddress(from.getAddress(), from.getPersonal(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            message.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8")));
            message.saveChanges();
            URLName url = new URLName(smtps ? "smtps" : "smtp", config.host(), config.port(), null, null, null);
            try (Transport transport = smtps ? new SMTPSSLTransport(session, url) : new SMTPTransport(session, url)) {
                boolean auth = !config.username().isBlank();
                transport.connect(config.host(), config.port(), auth ? config.username() : null,
                        auth ? config.password() : null);
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Properties properties(String protocol) throws MessagingException {
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.from", new InternetAddress(config.from(), true).getAddress());
        properties.setProperty(prefix + "host", config.host());
        properties.setProperty(prefix + "port", Integer.toString(config.port()));
        properties.setProperty(prefix + "auth", Boolean.toString(!config.username().isBlank()));
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MS);
        properties.setProperty(prefix + "writetimeout", TIMEOUT_MS);
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        if ("starttls".equals(config.tls())) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        return properties;
    }
}
