package fr.lillemetropole.bnm.internal.dossier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every {@link DossierEventListener} of a committed change; a failing listener never undoes it. */
@Component(service = DossierEvents.class)
public class DossierEvents {

    private static final Logger LOG = LoggerFactory.getLogger(DossierEvents.class);

    private final List<DossierEventListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(DossierEventListener listener) {
        listeners.add(listener);
    }

    void unbind(DossierEventListener listener) {
        listeners.remove(listener);
    }

    /** Outside OSGi (tests). */
    public void add(DossierEventListener listener) {
        listeners.add(listener);
    }

    public void fire(String tenant, String campaign, DossierEventListener.Event event, String comment, String sha) {
        for (DossierEventListener listener : listeners) {
            try {
                listener.dossierEvent(tenant, campaign, event, comment, sha);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on {} of {} {}: the change stands", event, tenant, campaign, e);
            }
        }
    }
}
