package fr.lillemetropole.bnm.internal.models;

import java.util.Map;

/** French labels of the journal's action codes (status labels: DossierStatus). */
final class Labels {

    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("tenant.create", "Création de l'espace"),
            Map.entry("tenant.archive", "Archivage de l'espace"),
            Map.entry("tenant.activate", "Réactivation de l'espace"),
            Map.entry("user.create", "Création d'un compte"),
            Map.entry("user.add", "Ajout d'un compte existant"),
            Map.entry("user.password", "Changement de mot de passe"),
            Map.entry("user.password.own", "Changement de son mot de passe par le titulaire du compte"),
            Map.entry("user.profile.own", "Changement de son nom ou de son e-mail par le titulaire du compte"),
            Map.entry("user.disable", "Désactivation d'un compte"),
            Map.entry("user.enable", "Réactivation d'un compte"),
            Map.entry("dossier.save", "Enregistrement du dossier"),
            Map.entry("dossier.sign", "Validation et signature par l'élu référent"),
            Map.entry("dossier.submit", "Dépôt du dossier"));

    private Labels() {}

    static String of(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }
}
