package fr.lillemetropole.bnm.internal.mail;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.lillemetropole.bnm.internal.dossier.DossierEventListener;

/** Tells the commune by e-mail when its dossier is filed, returned, accepted or rejected. */
@Component(service = DossierEventListener.class)
public class MailOnDossierEvents implements DossierEventListener {

    @Reference
    private Notifier notifier;

    public MailOnDossierEvents() {
        // OSGi
    }

    /** Outside OSGi (tests). */
    public MailOnDossierEvents(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void dossierEvent(String tenant, String campaign, Event event, String comment, String receiptSha256) {
        DossierEvent mail = switch (event) {
            case FILED -> DossierEvent.FILED;
            case RETURNED -> DossierEvent.RETURNED;
            case ACCEPTED -> DossierEvent.ACCEPTED;
            case REJECTED -> DossierEvent.REJECTED;
            default -> null;
        };
        if (mail != null) {
            notifier.dossierEvent(tenant, campaign, mail, comment, receiptSha256);
        }
    }
}
