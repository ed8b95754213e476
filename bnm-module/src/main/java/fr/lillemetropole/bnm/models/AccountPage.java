package fr.lillemetropole.bnm.models;

import org.osgi.annotation.versioning.ConsumerType;

/** « Mon compte »: the caller's own name, e-mail and password, changed only here. */
@ConsumerType
public interface AccountPage {

    /** False for Sling's technical accounts, which are managed in Sling's console. */
    boolean isPortalAccount();

    String getLogin();

    String getDisplayName();

    String getEmail();

    /** The confirmation of the last change, if any. */
    String getOk();

    /** The error of the last change, if any. */
    String getError();
}
