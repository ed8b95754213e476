package fr.lillemetropole.bnm.internal.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;

/** Input checks for tenants and accounts, each error in French naming its field. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final List<String> TENANT_KINDS = List.of("commune", "network");
    public static final List<String> TENANT_ROLES = List.of("agent", "elected");
    public static final List<String> STAFF_ROLES = List.of("instructor", "editor", "admin");

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern LOGIN = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    /** The pattern of rule R8 (ajv-formats "email"). */
    public static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$");
    private static final int MAX_SLUG = 60;

    private AccountRules() {}

    /** "Réseau des Lys" gives "reseau-des-lys". */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
    }

    /** The tenant to create, normalised (slug made from the name when absent, members trimmed). */
    public static NewTenant checkTenant(NewTenant input) throws InvalidRequestException {
        List<FieldError> errors = new ArrayList<>();
        if (input == null) {
            throw new InvalidRequestException(FieldError.schema("", "Le corps de la requête est vide."));
        }
        String name = trim(input.name());
        if (name == null) {
            errors.add(FieldError.schema("/name", "Le nom de la commune ou du réseau est obligatoire."));
        }
        String slug = trim(input.slug());
        if (slug == null && name != null) {
            slug = slugOf(name);
        }
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
            errors.add(FieldError.schema("/slug", "L'identifiant doit contenir des lettres minuscules sans accent, "
                    + "des chiffres et des tirets (par exemple « armentieres » ou « reseau-lys »)."));
        }
        String kind = input.kind();
        if (!TENANT_KINDS.contains(kind)) {
            errors.add(FieldError.schema("/kind", "Le type doit être « commune » ou « network » (réseau de communes)."));
        }
        Set<String> members = new LinkedHashSet<>();
        if (input.memberCommunes() != null) {
            for (int i = 0; i < input.memberCommunes().size(); i++) {
                String member = trim(input.memberCommunes().get(i));
                if (member == null) {
                    errors.add(FieldError.schema("/memberCommunes/" + i, "Le nom de la commune membre est vide."));
                } else if (!members.add(Normalizer.normalize(member, Normalizer.Form.NFC))) {
                    errors.add(FieldError.schema("/memberCommunes/" + i, "La commune « " + member
                            + " » figure deux fois parmi les communes membres."));
                }
            }
        }
        if ("commune".equals(kind) && members.isEmpty() && name != null) {
            members.add(name);
        }
        if ("network".equals(kind) && members.size() < 2) {
            errors.add(FieldError.schema("/memberCommunes", "Un réseau compte au moins deux communes membres."));
        }
        String head = trim(input.headCommune());
        if (head != null && !members.contains(Normalizer.normalize(head, Normalizer.Form.NFC))) {
            errors.add(FieldError.schema("/headCommune", "La tête de réseau doit être l'une des communes membres."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new NewTenant(slug, name, kind, List.copyOf(members), head);
    }

    /** The account to create, checked against the roles allowed where it is created. */
    public static NewAccount checkAccount(NewAccount input, List<String> roles) throws InvalidRequestException {
        if (input == null) {
            throw new InvalidRequestException(FieldError.schema("", "Le corps de la requête est vide."));
        }
        List<FieldError> errors = new ArrayList<>();
        String login = trim(input.login());
        if (login == null || !LOGIN.matcher(login).matches()) {
            errors.add(FieldError.schema("/login", "L'identifiant de connexion compte 3 à 64 caractères : lettres "
                    + "minuscules, chiffres, points, tirets ou soulignés, en commençant par une lettre ou un chiffre."));
        }
        passwordErrors(input.password(), "/password", errors);
        String displayName = trim(input.displayName());
        if (displayName == null) {
            errors.add(FieldError.schema("/displayName", "Le nom affiché (prénom et nom) est obligatoire."));
        }
        String email = trim(input.email());
        if (email == null || !EMAIL.matcher(email).matches()) {
            errors.add(FieldError.schema("/email", "L'adresse e-mail n'est pas valide."));
        }
        if (!roles.contains(input.role())) {
            errors.add(FieldError.schema("/role", "Le rôle doit être l'un de : " + String.join(", ", roles) + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new NewAccount(login, input.password(), displayName, email, input.role());
    }

    public static void checkPassword(String password, String pointer) throws InvalidRequestException {
        List<FieldError> errors = new ArrayList<>();
        passwordErrors(password, pointer, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    static void passwordErrors(String password, String pointer, List<FieldError> errors) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            errors.add(FieldError.schema(pointer, "Le mot de passe doit compter au moins " + MIN_PASSWORD_LENGTH
                    + " caractères."));
        } else if (password.isBlank()) {
            errors.add(FieldError.schema(pointer, "Le mot de passe ne peut pas être fait que d'espaces."));
        }
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
