package fr.lillemetropole.bnm.internal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.commons.JcrUtils;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * One-time links to set one's own password: a random token (32 bytes, in hexadecimal: a path segment the route table accepts) goes to the account's
 * owner; the repository keeps only its SHA-256, {@code /var/bnm/invitations/<hex>} (login, expiry, use),
 * read and written by the bnm-accounts service user alone. A link serves once, for {@link #VALIDITY}.
 */
final class Invitations {

    static final String ROOT = "/var/bnm/invitations";
    static final Duration VALIDITY = Duration.ofHours(72);
    static final String PAGE = "/content/bnm/invitation.html?jeton=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServiceSessions services;
    private final Clock clock;

    Invitations(ServiceSessions services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** A new invitation for each login (saved together); answers the tokens, in the same order. */
    List<String> create(List<String> logins) throws RepositoryException {
        List<String> tokens = new ArrayList<>();
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.ACCOUNTS)) {
            Session session = handle.session();
            Node root = JcrUtils.getOrCreateByPath(ROOT, "sling:Folder", session);
            for (String login : logins) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                String token = java.util.HexFormat.of().formatHex(bytes);
                Node entry = root.addNode(hash(token), "nt:unstructured");
                entry.setProperty("login", login);
                entry.setProperty("expires", clock.instant().plus(VALIDITY).toEpochMilli());
                tokens.add(token);
            }
            session.save();
        }
        return tokens;
    }

    /** Sets the password of the invitation's account and uses the invitation up; answers the login. */
    String accept(String token, String password)
            throws InvalidRequestException, ConflictException, NotFoundException, RepositoryException {
        String key = token == null || !token.matches("[0-9a-f]{64}") ? null : hash(token);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.ACCOUNTS)) {
            Session session = handle.session();
            String path = ROOT + "/" + key;
            if (key == null || !session.nodeExists(path)) {
                throw new NotFoundException("Ce lien d'invitation n'existe pas : vérifiez qu'il a été copié en entier.");
            }
            Node entry = session.getNode(path);
            if (entry.hasProperty("used")) {
                throw new ConflictException("/token", "Ce lien d'invitation a déjà servi : connectez-vous avec le "
                        + "mot de passe choisi alors, ou demandez une nouvelle invitation à l'administrateur de la MEL.");
            }
            if (!clock.instant().isBefore(Instant.ofEpochMilli(entry.getProperty("expires").getLong()))) {
                throw new ConflictException("/token", "Ce lien d'invitation a expiré (il vaut 72 heures) : demandez-en "
                        + "un nouveau à l'administrateur de la MEL.");
            }
            List<FieldError> errors = new ArrayList<>();
            AccountRules.passwordErrors(password, "/password", errors);
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            String login = entry.getProperty("login").getString();
            Authorizable account = ((JackrabbitSession) session).getUserManager().getAuthorizable(login);
            if (!(account instanceof User) || ((User) account).isDisabled()) {
                throw new NotFoundException("Le compte de cette invitation n'existe plus ou a été désactivé.");
            }
            ((User) account).changePassword(password);
            entry.setProperty("used", clock.instant().toEpochMilli());
            session.save();
            return login;
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
