package fr.lillemetropole.bnm.internal.account;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.User;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * An account's own password and profile: checked here with the caller's own session (the current
 * password by a real login), written by the bnm-accounts service user. Sling's user manager, which
 * applies none of this, is closed to portal accounts.
 */
final class OwnAccount {

    private final ServiceSessions services;
    private final PasswordCheck passwords;

    OwnAccount(ServiceSessions services, PasswordCheck passwords) {
        this.services = services;
        this.passwords = passwords;
    }

    /** Changes the caller's password; answers the account's id. */
    String changePassword(Session caller, String current, String password)
            throws InvalidRequestException, ForbiddenException, RepositoryException {
        String id = portalAccount(caller).getID();
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            errors.add(FieldError.schema("/currentPassword", "Saisissez votre mot de passe actuel."));
        }
        AccountRules.passwordErrors(password, "/password", errors);
        if (errors.isEmpty() && password.equals(current)) {
            errors.add(FieldError.schema("/password", "Le nouveau mot de passe doit être différent de l'actuel."));
        }
        if (errors.isEmpty() && !passwords.accepts(id, current)) {
            errors.add(FieldError.schema("/currentPassword", "Le mot de passe actuel n'est pas le bon."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.ACCOUNTS)) {
            User user = (User) ((JackrabbitSession) handle.session()).getUserManager().getAuthorizable(id);
            user.changePassword(password);
            handle.session().save();
        }
        return id;
    }

    /** Changes the caller's name and e-mail; answers the account's id. */
    String updateProfile(Session caller, String displayName, String email)
            throws InvalidRequestException, ForbiddenException, RepositoryException {
        String id = portalAccount(caller).getID();
        List<FieldError> errors = new ArrayList<>();
        String name = AccountRules.trim(displayName);
        if (name == null) {
            errors.add(FieldError.schema("/displayName", "Le nom affiché (prénom et nom) est obligatoire."));
        } else if (name.length() > 120) {
            errors.add(FieldError.schema("/displayName", "Le nom affiché compte au plus 120 caractères."));
        }
        String mail = AccountRules.trim(email);
        if (mail == null || !AccountRules.EMAIL.matcher(mail).matches()) {
            errors.add(FieldError.schema("/email", "L'adresse e-mail n'est pas valide."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.ACCOUNTS)) {
            Session session = handle.session();
            Authorizable user = ((JackrabbitSession) session).getUserManager().getAuthorizable(id);
            user.setProperty(Profiles.DISPLAY_NAME, session.getValueFactory().createValue(name));
            user.setProperty(Profiles.EMAIL, session.getValueFactory().createValue(mail));
            session.save();
        }
        caller.refresh(false);
        return id;
    }

    /** The caller's account, if it is a portal account (not Sling's admin nor a service user). */
    private static Authorizable portalAccount(Session caller) throws ForbiddenException, RepositoryException {
        org.apache.jackrabbit.api.security.user.UserManager users = ((JackrabbitSession) caller).getUserManager();
        Authorizable me = users.getAuthorizable(caller.getUserID());
        if (me == null || me.isGroup() || Roles.of(me).roles().isEmpty()) {
            throw new ForbiddenException("Ce compte n'est pas un compte du portail : il se gère dans la console "
                    + "d'administration technique.");
        }
        return me;
    }
}
