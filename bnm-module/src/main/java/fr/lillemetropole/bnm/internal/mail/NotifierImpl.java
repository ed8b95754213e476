package fr.lillemetropole.bnm.internal.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/** {@link Notifier}: queues in the repository's outbox, sends from its own thread every 30 s and after each queuing. */
@Component(service = Notifier.class, immediate = true)
@Designate(ocd = MailConfig.class)
public class NotifierImpl implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierImpl.class);
    private static final long PERIOD_SECONDS = 30;

    @Reference
    private ServiceSessions services;

    private MailConfig config;
    private Clock clock = Clock.systemUTC();
    private OutboxSender sender;
    private ScheduledExecutorService executor;

    public NotifierImpl() {
        // OSGi
    }

    /** For tests: no thread of its own, {@link #sendDue()} sends. */
    NotifierImpl(ServiceSessions services, MailConfig config, Mailer mailer, Clock clock) {
        this.services = services;
        this.config = config;
        this.clock = clock;
        this.sender = new OutboxSender(services, mailer, clock);
    }

    @Activate
    void activate(MailConfig config) {
        this.config = config;
        this.sender = new OutboxSender(services, new SmtpMailer(config), clock);
        executor = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "bnm-mail");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sendQuietly, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void dossierEvent(String tenant, String campaign, DossierEvent event, String comment, String receiptSha256) {
        if (event == null) {
            LOG.warn("Mail for {} ({}) without an event: nothing queued", tenant, campaign);
            return;
        }
        queue(tenant, campaign, event.name().toLowerCase(java.util.Locale.ROOT),
                about -> Letters.dossierEvent(about, event, comment, receiptSha256));
    }

    @Override
    public void deadlineReminder(String tenant, String campaign, Instant closesAt) {
        queue(tenant, campaign, "reminder", about -> Letters.deadlineReminder(about, closesAt));
    }

    @Override
    public List<OutboxEntry> failed(Session caller) throws ForbiddenException, RepositoryException {
        if (!caller.nodeExists(Outbox.ROOT)) {
            throw new ForbiddenException("Réservé aux administrateurs de la MEL.");
        }
        return Outbox.list(caller, OutboxEntry.FAILED);
    }

    /** Sends the due mails now when sending is enabled; answers how many left. */
    int sendDue() throws RepositoryException {
        return config.enabled() ? sender.sendDue() : 0;
    }

    private void queue(String tenant, String campaign, String what, Function<Letters.About, Letters.Letter> letter) {
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.MAIL)) {
            Session session = handle.session();
            Letters.Letter text = letter.apply(about(session, tenant, campaign));
            List<String> recipients = Recipients.of(session, tenant);
            for (String to : recipients) {
                Outbox.enqueue(session, to, text, tenant + "/" + campaign + "/" + what, clock.instant());
            }
            session.save();
            LOG.info("Mail « {} » queued for {} recipient(s) of {}", what, recipients.size(), tenant);
        } catch (Exception e) {
            LOG.warn("Mail « {} » for {} ({}) not queued", what, tenant, campaign, e);
            return;
        }
        try {
            if (executor != null) {
                executor.execute(this::sendQuietly);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.info("Mail sending stopped: queued mails leave at the next start");
        }
    }

    private Letters.About about(Session session, String tenant, String campaign) throws RepositoryException {
        String base = config.portalUrl().replaceAll("/+$", "");
        String c = URLEncoder.encode(campaign, StandardCharsets.UTF_8);
        String t = URLEncoder.encode(tenant, StandardCharsets.UTF_8);
        return new Letters.About(Recipients.tenantKind(session, tenant), Recipients.tenantName(session, tenant),
                Recipients.campaignTitle(session, campaign),
                base + "/content/bnm/espace-commune/dossier.html?c=" + c + "&t=" + t,
                base + "/bnm/api/v1/campaigns/" + c + "/dossiers/" + t + "/receipt.pdf");
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (Exception e) {
            LOG.warn("Mail send round failed; the next round tries again", e);
        }
    }
}
