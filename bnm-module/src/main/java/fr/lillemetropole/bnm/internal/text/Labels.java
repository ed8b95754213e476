package fr.lillemetropole.bnm.internal.text;

import java.util.ResourceBundle;
import java.util.Set;

/**
 * The French labels of the codes the portal stores, from the i18n dictionary: dossier statuses
 * ({@code bnm.status.draft}), roles ({@code bnm.role.elected}), tenant kinds ({@code bnm.tenant.kind.network})
 * and the journal's actions ({@code bnm.action.dossier.sign}). A code the dictionary lacks is shown as it is.
 */
public final class Labels {

    public static final String STATUS = "bnm.status.";
    public static final String ROLE = "bnm.role.";
    public static final String KIND = "bnm.tenant.kind.";
    public static final String ACTION = "bnm.action.";
    /** The dossier of a campaign the tenant has not started: its status "code" on the commune's area. */
    public static final String NO_DOSSIER = "none";
    /** The journal's action codes (AuditLog entries), each with its label. */
    public static final Set<String> ACTIONS = Set.of("tenant.create", "tenant.archive", "tenant.activate",
            "user.create", "user.add", "user.password", "user.password.own", "user.profile.own", "user.disable",
            "user.enable", "dossier.save", "dossier.import", "dossier.library.add", "dossier.library.remove",
            "dossier.library.move", "dossier.sign", "dossier.submit", "dossier.transition", "dossier.assign",
            "dossier.reopen", "dossier.message");
    /** The role codes: agent and elected in a tenant, instructor, editor and admin at the MEL. */
    public static final Set<String> ROLES = Set.of("agent", "elected", "instructor", "editor", "admin");
    public static final Set<String> KINDS = Set.of("commune", "network");

    private Labels() {}

    /** « Brouillon — non déposé », « Déposé »…; {@value #NO_DOSSIER}: « Pas encore commencé ». */
    public static String status(ResourceBundle bundle, String code) {
        return of(bundle, STATUS, code);
    }

    /** « Agent », « Élu référent », « Instructeur MEL »… */
    public static String role(ResourceBundle bundle, String code) {
        return of(bundle, ROLE, code);
    }

    /** « Commune », « Réseau de communes ». */
    public static String kind(ResourceBundle bundle, String code) {
        return of(bundle, KIND, code);
    }

    /** « Dépôt du dossier »… */
    public static String action(ResourceBundle bundle, String code) {
        return of(bundle, ACTION, code);
    }

    private static String of(ResourceBundle bundle, String prefix, String code) {
        if (code == null) {
            return "";
        }
        return bundle != null && bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }
}
