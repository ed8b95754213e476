package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** The account behind the current request. */
@ConsumerType
public interface CurrentUser {

    boolean isAnonymous();

    String getLogin();

    /** The name to greet the user with: the account's display name, or its login. */
    String getDisplayName();

    /** A MEL admin (or Sling's technical admin): sees the administration page. */
    boolean isAdmin();

    /** The portal roles in French, e.g. "Instructeur MEL", "Agent — armentieres". */
    List<String> getRoles();
}
