package fr.lillemetropole.bnm.models;

import org.osgi.annotation.versioning.ConsumerType;

/** The confirmation or error a form left for this page view (shown once), for pages without a model of their own. */
@ConsumerType
public interface Messages {

    /** The confirmation of the last action, if any. */
    String getOk();

    /** The error of the last action, if any. */
    String getError();
}
