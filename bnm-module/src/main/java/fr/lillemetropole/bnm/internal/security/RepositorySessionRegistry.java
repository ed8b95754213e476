package fr.lillemetropole.bnm.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * {@link SessionRegistry} in the repository ({@code /var/bnm/sessions/<login>/<sha256 of the id>},
 * written by the bnm-sessions service user only), so that every node of a cluster sees a logout.
 * Only the SHA-256 of a session id is stored. A node trusts a successful check for a few seconds
 * and writes the last use at most once a minute.
 */
@Component(service = {SessionRegistry.class, Runnable.class}, property = {
        "scheduler.period:Long=900", "scheduler.concurrent:Boolean=false", "scheduler.runOn=SINGLE"})
@Designate(ocd = RepositorySessionRegistry.Config.class)
public class RepositorySessionRegistry implements SessionRegistry, Runnable {

    static final String ROOT = "/var/bnm/sessions";
    static final String SUBSERVICE = "sessions";
    private static final Pattern LOGIN = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$");
    private static final long TOUCH_MILLIS = 60_000;
    private static final long TRUST_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RepositorySessionRegistry.class);

    @ObjectClassDefinition(name = "BNM - sessions",
            description = "Sessions ouvertes par le formulaire de connexion, révocables côté serveur.")
    public @interface Config {
        @AttributeDefinition(name = "Inactivité avant déconnexion (minutes)")
        int idleMinutes() default 30;
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Long> trusted = new ConcurrentHashMap<>();
    private final Map<String, Long> touched = new ConcurrentHashMap<>();
    private LongSupplier clock = System::currentTimeMillis;
    private volatile long idleMillis = 30 * 60_000L;

    @Reference
    private ServiceSessions services;

    public RepositorySessionRegistry() {
        // OSGi
    }

    public RepositorySessionRegistry(ServiceSessions services, int idleMinutes, LongSupplier clock) {
        this.services = services;
        this.idleMillis = idleMinutes * 60_000L;
        this.clock = clock;
    }

    @Activate
    @Modified
    void activate(Config config) {
        idleMillis = Math.max(1, config.idleMinutes()) * 60_000L;
        trusted.clear();
    }

    @Override
    public String open(String login) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("login");
        }
        try (ServiceSessions.Handle handle = services.open(SUBSERVICE)) {
            Session session = handle.session();
            Node root = session.getNode(ROOT);
            Node account = root.hasNode(login) ? root.getNode(login) : root.addNode(login, "nt:unstructured");
            Node entry = account.addNode(hash(id), "nt:unstructured");
            long now = clock.getAsLong();
            entry.setProperty(JcrNames.OPENED_AT, now);
            entry.setProperty(JcrNames.LAST_SEEN, now);
            session.save();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open a session", e);
        }
        return id;
    }

    @Override
    public boolean check(String sessionId, String login) {
        if (sessionId == null || login == null || !LOGIN.matcher(login).matches()) {
            return false;
        }
        String key = login + "/" + hash(sessionId);
        long now = clock.getAsLong();
        Long trustedAt = trusted.get(key);
        if (trustedAt != null && now - trustedAt < TRUST_MILLIS && now - touched.getOrDefault(key, 0L) < idleMillis) {
            return true;
        }
        try (ServiceSessions.Handle handle = services.open(SUBSERVICE)) {
            Session session = handle.session();
            String path = ROOT + "/" + key;
            if (!session.nodeExists(path)) {
                trusted.remove(key);
                return false;
            }
            Node entry = session.getNode(path);
            long lastSeen = entry.getProperty(JcrNames.LAST_SEEN).getLong();
            if (now - lastSeen >= idleMillis) {
                entry.remove();
                session.save();
                trusted.remove(key);
                return false;
            }
            if (now - lastSeen >= TOUCH_MILLIS) {
                entry.setProperty(JcrNames.LAST_SEEN, now);
                session.save();
                lastSeen = now;
            }
            trusted.put(key, now);
            touched.put(key, lastSeen);
            return true;
        } catch (RepositoryException e) {
            LOG.warn("Cannot check a session of {}: refused", login, e);
            return false;
        }
    }

    @Override
    public void close(String sessionId, String login) {
        if (sessionId == null || login == null || !LOGIN.matcher(login).matches()) {
            return;
        }
        String key = login + "/" + hash(sessionId);
        trusted.remove(key);
        remove(ROOT + "/" + key);
    }

    @Override
    public void closeAll(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            return;
        }
        trusted.keySet().removeIf(key -> key.startsWith(login + "/"));
        remove(ROOT + "/" + login);
    }

    /** Removes the sessions idle for too long (run by Sling's scheduler). */
    @Override
    public void run() {
        long now = clock.getAsLong();
        try (ServiceSessions.Handle handle = services.open(SUBSERVICE)) {
            Session session = handle.session();
            for (NodeIterator accounts = session.getNode(ROOT).getNodes(); accounts.hasNext();) {
                Node account = accounts.nextNode();
                for (NodeIterator entries = account.getNodes(); entries.hasNext();) {
                    Node entry = entries.nextNode();
                    if (now - entry.getProperty(JcrNames.LAST_SEEN).getLong() >= idleMillis) {
                        entry.remove();
                    }
                }
                if (!account.hasNodes()) {
                    account.remove();
                }
            }
            session.save();
        } catch (RepositoryException e) {
            LOG.warn("Cannot sweep idle sessions", e);
        }
        touched.keySet().removeIf(key -> !trusted.containsKey(key));
        trusted.values().removeIf(at -> now - at >= TRUST_MILLIS);
    }

    private void remove(String path) {
        try (ServiceSessions.Handle handle = services.open(SUBSERVICE)) {
            Session session = handle.session();
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
                session.save();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot end a session", e);
        }
    }

    static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
