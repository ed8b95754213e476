package fr.lillemetropole.bnm.internal.flash;

import java.security.SecureRandom;
import java.util.Base64;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * The key that signs flash cookies: 32 random bytes made once and kept in the repository
 * ({@value #PROPERTY} on {@value #ROOT}, which only the bnm-sessions service user reads), so that every
 * node of a cluster shares it and it survives restarts. Read once, then kept in memory.
 */
@Component(service = FlashKey.class)
public class FlashKey {

    static final String ROOT = "/var/bnm/sessions";
    static final String PROPERTY = JcrNames.FLASH_KEY;
    static final String SUBSERVICE = "sessions";
    private static final int LENGTH = 32;

    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    @Reference
    private ServiceSessions services;

    public FlashKey() {
        // OSGi
    }

    public FlashKey(ServiceSessions services) {
        this.services = services;
    }

    /** The key, made and stored on first use. */
    byte[] get() throws RepositoryException {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                key = readOrCreate();
            }
            return key;
        }
    }

    private byte[] readOrCreate() throws RepositoryException {
        try (ServiceSessions.Handle handle = services.open(SUBSERVICE)) {
            Session session = handle.session();
            Node root = session.getNode(ROOT);
            byte[] stored = stored(root);
            if (stored != null) {
                return stored;
            }
            byte[] fresh = new byte[LENGTH];
            random.nextBytes(fresh);
            root.setProperty(PROPERTY, Base64.getEncoder().encodeToString(fresh));
            try {
                session.save();
                return fresh;
            } catch (RepositoryException e) { // another node of the cluster stored its key first: use that one
                session.refresh(false);
                stored = stored(session.getNode(ROOT));
                if (stored == null) {
                    throw e;
                }
                return stored;
            }
        }
    }

    private static byte[] stored(Node root) throws RepositoryException {
        if (!root.hasProperty(PROPERTY)) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(root.getProperty(PROPERTY).getString());
            return bytes.length == LENGTH ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
