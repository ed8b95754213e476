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

    /** The portal roles in French, e.g. "Instructeur MEL", "Agent — armentieres". */
    List<String> getRoles();
}
