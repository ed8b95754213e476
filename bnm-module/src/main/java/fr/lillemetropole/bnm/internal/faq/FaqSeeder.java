package fr.lillemetropole.bnm.internal.faq;

import java.util.Calendar;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.repository.BackgroundTask;
import fr.lillemetropole.bnm.internal.repository.JcrNames;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * At start-up, once the FAQ's node types and page exist: when the editorial copy is empty, writes the first
 * entries ({@link FaqSeed}), published, in both copies. The former static FAQ's categories, if any, give way.
 */
@Component(service = FaqSeeder.class, immediate = true)
public class FaqSeeder {

    static final String ACTOR = "portail";
    private static final Logger LOG = LoggerFactory.getLogger(FaqSeeder.class);
    private static final long POLL_MILLIS = 250;
    private static final long TIMEOUT_MILLIS = 5 * 60 * 1000L;

    @Reference
    private ServiceSessions services;

    @Activate
    void activate() {
        BackgroundTask.start("faq-seed", () -> {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (!seed(services)) {
                if (System.currentTimeMillis() > deadline) {
                    LOG.error("FAQ not seeded: its node types or /content/bnm/faq never appeared");
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
        });
    }

    /** Seeds when both copies' parents exist; false when not ready yet. */
    static boolean seed(ServiceSessions services) throws RepositoryException {
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.FAQ)) {
            Session service = handle.session();
            if (!service.getWorkspace().getNodeTypeManager().hasNodeType(JcrNames.FAQ_ENTRY_TYPE)
                    || !service.nodeExists(FaqNodes.EDITORIAL) || !service.nodeExists(FaqNodes.PUBLIC)) {
                return false;
            }
            Node root = service.getNode(FaqNodes.EDITORIAL);
            if (root.hasNodes()) {
                return true;
            }
            for (Node old : FaqNodes.children(service.getNode(FaqNodes.PUBLIC))) {
                if (old.isNodeType(JcrNames.FAQ_CATEGORY_TYPE)) {
                    old.remove();
                }
            }
            Calendar now = Calendar.getInstance();
            for (FaqSeed.Category seed : FaqSeed.CATEGORIES) {
                Node category = root.addNode(seed.id(), "nt:unstructured");
                category.setProperty(FaqNodes.TITLE, seed.title());
                for (FaqSeed.Entry item : seed.entries()) {
                    Node entry = category.addNode(item.id(), "nt:unstructured");
                    entry.setProperty(JcrNames.QUESTION, item.question());
                    entry.setProperty(JcrNames.ANSWER, FaqSanitizer.sanitize(item.answer()));
                    entry.setProperty(JcrNames.TAGS, FaqNodes.tags(item.tags()).toArray(new String[0]));
                    entry.setProperty(JcrNames.STATUS, FaqNodes.PUBLISHED);
                    entry.setProperty(JcrNames.CREATED_AT, now);
                    entry.setProperty(JcrNames.CREATED_BY, ACTOR);
                    entry.setProperty(JcrNames.UPDATED_AT, now);
                    entry.setProperty(JcrNames.UPDATED_BY, ACTOR);
                    entry.setProperty(JcrNames.PUBLISHED_AT, now);
                    FaqHistory.add(entry, now, ACTOR, "created", List.of());
                    FaqHistory.add(entry, now, ACTOR, FaqNodes.PUBLISHED, List.of());
                    FaqPublication.publish(service, entry, now);
                }
            }
            service.save();
            LOG.info("FAQ seeded: {} categories", FaqSeed.CATEGORIES.size());
            return true;
        }
    }
}
