package fr.lillemetropole.bnm.internal.mail;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;

/**
 * The outbox in the repository: one node per mail under /var/bnm/outbox/queued, moved to sent or failed once its
 * fate is known, so that a send round reads the waiting mails only. The caller saves.
 */
final class Outbox {

    static final String ROOT = BnmPaths.DATA_ROOT + "/outbox";

    private Outbox() {}

    /** Queues a mail for its first attempt at {@code now}. */
    static Node enqueue(Session session, String to, Letters.Letter letter, String origin, Instant now)
            throws RepositoryException {
        Node folder = folder(session, OutboxEntry.QUEUED);
        Node entry = folder.addNode("m" + now.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8),
                "nt:unstructured");
        entry.setProperty(JcrNames.TO, to);
        entry.setProperty(JcrNames.SUBJECT, letter.subject());
        entry.setProperty(JcrNames.BODY, letter.body());
        entry.setProperty(JcrNames.ORIGIN, origin);
        entry.setProperty(JcrNames.STATE, OutboxEntry.QUEUED);
        entry.setProperty(JcrNames.ATTEMPTS, 0L);
        entry.setProperty(JcrNames.CREATED_AT, calendar(now));
        entry.setProperty(JcrNames.NEXT_ATTEMPT_AT, calendar(now));
        return entry;
    }

    /** The queued mails whose next attempt is due, oldest first. */
    static List<Node> due(Session session, Instant now) throws RepositoryException {
        List<Node> due = new ArrayList<>();
        for (NodeIterator it = folder(session, OutboxEntry.QUEUED).getNodes(); it.hasNext();) {
            Node entry = it.nextNode();
            if (!instant(entry, JcrNames.NEXT_ATTEMPT_AT).isAfter(now)) {
                due.add(entry);
            }
        }
        due.sort(Comparator.comparing(Outbox::createdAt));
        return due;
    }

    static void sent(Node entry, Instant now) throws RepositoryException {
        entry.setProperty(JcrNames.ATTEMPTS, entry.getProperty(JcrNames.ATTEMPTS).getLong() + 1);
        entry.setProperty(JcrNames.SENT_AT, calendar(now));
        move(entry, OutboxEntry.SENT);
    }

    /** Records a failed attempt: the mail is tried again at {@code next}, or is failed for good when null. */
    static void failure(Node entry, String error, Instant next) throws RepositoryException {
        entry.setProperty(JcrNames.ATTEMPTS, entry.getProperty(JcrNames.ATTEMPTS).getLong() + 1);
        entry.setProperty(JcrNames.LAST_ERROR, error);
        if (next != null) {
            entry.setProperty(JcrNames.NEXT_ATTEMPT_AT, calendar(next));
        } else {
            move(entry, OutboxEntry.FAILED);
        }
    }

    /** The mails of a folder (queued, sent, failed) as the session reads them, newest first. */
    static List<OutboxEntry> list(Session session, String state) throws RepositoryException {
        List<OutboxEntry> entries = new ArrayList<>();
        String path = ROOT + "/" + state;
        if (session.nodeExists(path)) {
            for (NodeIterator it = session.getNode(path).getNodes(); it.hasNext();) {
                entries.add(read(it.nextNode()));
            }
        }
        entries.sort(Comparator.comparing(OutboxEntry::createdAt).reversed());
        return entries;
    }

    static OutboxEntry read(Node entry) throws RepositoryException {
        String state = entry.getProperty(JcrNames.STATE).getString();
        return new OutboxEntry(entry.getName(), text(entry, JcrNames.TO), text(entry, JcrNames.SUBJECT),
                text(entry, JcrNames.BODY), state, entry.getProperty(JcrNames.ATTEMPTS).getLong(),
                text(entry, JcrNames.LAST_ERROR), createdAt(entry),
                OutboxEntry.QUEUED.equals(state) ? instant(entry, JcrNames.NEXT_ATTEMPT_AT) : null);
    }

    private static void move(Node entry, String state) throws RepositoryException {
        entry.setProperty(JcrNames.STATE, state);
        if (entry.hasProperty(JcrNames.NEXT_ATTEMPT_AT)) {
            entry.getProperty(JcrNames.NEXT_ATTEMPT_AT).remove();
        }
        Session session = entry.getSession();
        session.move(entry.getPath(), folder(session, state).getPath() + "/" + entry.getName());
    }

    private static Node folder(Session session, String state) throws RepositoryException {
        Node root = session.getNode(ROOT);
        return root.hasNode(state) ? root.getNode(state) : root.addNode(state, "sling:Folder");
    }

    private static Instant createdAt(Node entry) {
        try {
            return instant(entry, JcrNames.CREATED_AT);
        } catch (RepositoryException e) {
            return Instant.EPOCH;
        }
    }

    private static Instant instant(Node entry, String property) throws RepositoryException {
        return entry.getProperty(property).getDate().toInstant();
    }

    private static String text(Node entry, String property) throws RepositoryException {
        return entry.hasProperty(property) ? entry.getProperty(property).getString() : "";
    }

    private static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
