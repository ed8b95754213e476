package fr.lillemetropole.bnm.internal.models;

import java.util.Map;

/** French labels of the codes the repository and the API use. */
final class Labels {

    static final Map<String, String> STATUS = Map.of(
            "draft", "Brouillon — non déposé",
            "submitted", "Déposé",
            "in_review", "En instruction",
            "accepted", "Retenu",
            "rejected", "Non retenu",
            "returned", "À compléter");

    static final Map<String, String> ACTIONS = Map.of(
            "tenant.create", "Création de l'espace",
            "user.create", "Création d'un compte",
            "user.add", "Ajout d'un compte existant",
            "user.password", "Changement de mot de passe",
            "user.disable", "Désactivation d'un compte",
            "user.enable", "Réactivation d'un compte",
            "dossier.save", "Enregistrement du dossier",
            "dossier.sign", "Validation et signature par l'élu référent",
            "dossier.submit", "Dépôt du dossier");

    private Labels() {}

    static String of(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }
}
