package fr.lillemetropole.bnm.internal.account;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.UserManager;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;

/**
 * Checks every line of a tenants' CSV ({@link TenantCsv}) before anything is created: the rules of a
 * tenant and of an account, duplicates within the file and with the portal's tenants and logins. Each
 * error reads « Ligne 7, colonne « e-mail agent » : … » with the pointer {@code /lines/7/e-mail agent}.
 */
final class TenantImport {

    /** Logins Sling or the repository keep for themselves, whether or not the caller may see them. */
    private static final List<String> RESERVED = List.of("admin", "anonymous", "everyone", "administrators");
    private static final Map<String, String> TENANT_COLUMNS = Map.of("/slug", TenantCsv.SLUG, "/name", TenantCsv.NAME,
            "/kind", TenantCsv.KIND, "/memberCommunes", TenantCsv.MEMBERS, "/headCommune", TenantCsv.HEAD);

    private final Session caller;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Integer> slugs = new HashMap<>();
    private final Map<String, String> logins = new HashMap<>();

    private TenantImport(Session caller) {
        this.caller = caller;
    }

    /** The checked lines, normalised; any error throws them all and nothing is to be created. */
    static List<TenantCsv.Line> check(Session caller, Reader csv) throws InvalidRequestException, RepositoryException {
        TenantImport check = new TenantImport(caller);
        List<List<String>> records;
        try {
            records = CsvReader.read(csv);
        } catch (IOException e) {
            throw new InvalidRequestException(FieldError.schema("", "Le fichier est illisible ou trop long "
                    + "(enregistrez-le en CSV UTF-8, séparateur « ; » ou « , »)."));
        }
        List<TenantCsv.Line> checked = new ArrayList<>();
        for (TenantCsv.Line line : TenantCsv.lines(records, check.errors)) {
            checked.add(check.line(line));
        }
        if (!check.errors.isEmpty()) {
            throw new InvalidRequestException(check.errors);
        }
        return checked;
    }

    private TenantCsv.Line line(TenantCsv.Line line) throws RepositoryException {
        NewTenant tenant = line.tenant();
        String slug = tenant.slug() != null ? tenant.slug() : AccountRules.slugOf(tenant.name());
        try {
            tenant = AccountRules.checkTenant(tenant);
        } catch (InvalidRequestException e) {
            for (FieldError error : e.getErrors()) {
                String field = error.pointer().replaceFirst("^(/[a-zA-Z]+).*$", "$1");
                String column = TENANT_COLUMNS.getOrDefault(field, TenantCsv.NAME);
                error(line, column, TenantCsv.KIND.equals(column)
                        ? "le type doit être « commune » ou « réseau »." : lower(error.message()));
            }
        }
        Integer earlier = slug.isEmpty() ? null : slugs.putIfAbsent(slug, line.number());
        if (earlier != null) {
            error(line, TenantCsv.SLUG, "l'identifiant « " + slug + " » figure déjà ligne " + earlier + ".");
        } else if (!slug.isEmpty() && slug.equals(AccountRules.slugOf(slug))
                && caller.nodeExists(BnmPaths.tenant(slug))) {
            error(line, TenantCsv.SLUG, "une commune ou un réseau porte déjà l'identifiant « " + slug + " ».");
        }
        List<NewAccount> accounts = new ArrayList<>();
        for (NewAccount account : line.accounts()) {
            accounts.add(account(line, account));
        }
        return new TenantCsv.Line(line.number(), tenant, accounts);
    }

    private NewAccount account(TenantCsv.Line line, NewAccount account) throws RepositoryException {
        String who = "agent".equals(account.role()) ? "agent" : "élu";
        String login = account.login();
        if (login == null || !AccountRules.LOGIN.matcher(login).matches()) {
            error(line, "login " + who, "l'identifiant de connexion compte 3 à 64 caractères : lettres minuscules, "
                    + "chiffres, points, tirets ou soulignés, en commençant par une lettre ou un chiffre.");
        } else {
            String earlier = logins.putIfAbsent(login, "ligne " + line.number() + ", colonne « login " + who + " »");
            if (earlier != null) {
                error(line, "login " + who, "l'identifiant « " + login + " » figure déjà " + earlier + ".");
            } else if (RESERVED.contains(login) || users().getAuthorizable(login) != null) {
                error(line, "login " + who, "l'identifiant « " + login + " » est déjà utilisé.");
            }
        }
        if (account.displayName() == null) {
            error(line, "nom " + who, "le nom affiché (prénom et nom) est obligatoire.");
        }
        if (account.email() == null || !AccountRules.EMAIL.matcher(account.email()).matches()) {
            error(line, "e-mail " + who, account.email() == null ? "l'adresse e-mail est obligatoire."
                    : "l'adresse e-mail « " + account.email() + " » n'est pas valide.");
        }
        return account;
    }

    private void error(TenantCsv.Line line, String column, String message) {
        errors.add(FieldError.schema("/lines/" + line.number() + "/" + column,
                "Ligne " + line.number() + ", colonne « " + column + " » : " + message));
    }

    private UserManager users() throws RepositoryException {
        return ((JackrabbitSession) caller).getUserManager();
    }

    private static String lower(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
