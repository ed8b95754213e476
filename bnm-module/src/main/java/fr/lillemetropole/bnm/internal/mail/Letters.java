package fr.lillemetropole.bnm.internal.mail;

import java.time.Instant;

import fr.lillemetropole.bnm.internal.text.FrenchDates;

/** The French subject and body of each notification, plain text, signed by the portal. */
final class Letters {

    /** A mail's subject and body. */
    record Letter(String subject, String body) {}

    /**
     * What every letter names: the tenant (« Commune » or « Réseau », its name), the campaign, and the addresses of
     * the dossier and its receipt.
     */
    record About(String tenantKind, String tenantName, String campaignTitle, String dossierUrl, String receiptUrl) {}

    private static final String FOOTER = "\n-- \nBibliothèque Numérique Métropolitaine — Métropole Européenne de Lille\n"
            + "Courriel envoyé automatiquement par le portail : merci de ne pas y répondre.\n";

    private Letters() {}

    static Letter dossierEvent(About about, DossierEvent event, String comment, String receiptSha256) {
        return switch (event) {
            case FILED -> letter("Dossier déposé", about, "Votre dossier a bien été déposé sur le portail de la "
                    + "Bibliothèque Numérique Métropolitaine.\n\n" + header(about)
                    + (blank(receiptSha256) ? "" : "Empreinte SHA-256 de l'accusé de réception :\n" + receiptSha256
                            + "\nCette empreinte identifie la version déposée : conservez ce courriel.\n\n")
                    + "Consulter le dossier : " + about.dossierUrl() + "\n"
                    + "Télécharger l'accusé de réception (PDF) : " + about.receiptUrl() + "\n");
            case RETURNED -> letter("Dossier à compléter", about, "Le service instructeur de la MEL vous renvoie votre "
                    + "dossier pour que vous le complétiez.\n\n" + header(about)
                    + quoted("Commentaire de l'instructeur", comment)
                    + "Le dossier est de nouveau modifiable. Une fois corrigé, faites-le valider et signer de nouveau "
                    + "par l'élu référent si son contenu a changé, puis déposez-le.\n\n"
                    + "Reprendre le dossier : " + about.dossierUrl() + "\n");
            case ACCEPTED -> letter("Dossier retenu", about, "Votre dossier a été retenu par la Métropole Européenne "
                    + "de Lille.\n\n" + header(about) + quoted("Commentaire de l'instructeur", comment)
                    + "Consulter le dossier : " + about.dossierUrl() + "\n");
            case REJECTED -> letter("Dossier non retenu", about, "Votre dossier n'a pas été retenu par la Métropole "
                    + "Européenne de Lille.\n\n" + header(about) + quoted("Motif indiqué par l'instructeur", comment)
                    + "Consulter le dossier : " + about.dossierUrl() + "\n");
        };
    }

    static Letter deadlineReminder(About about, Instant closesAt) {
        String date = FrenchDates.format(closesAt);
        return new Letter("[BNM] Rappel : dossier à déposer avant le " + date + " — " + about.tenantName(),
                "Bonjour,\n\nVotre dossier n'est pas encore déposé. La campagne se clôt le " + date
                        + " (heure de Paris) : passé ce délai, le dépôt ne sera plus possible.\n\n" + header(about)
                        + "Compléter et déposer le dossier : " + about.dossierUrl() + "\n" + FOOTER);
    }

    private static String header(About about) {
        return about.tenantKind() + " : " + about.tenantName() + "\nCampagne : " + about.campaignTitle() + "\n\n";
    }

    private static Letter letter(String what, About about, String body) {
        return new Letter("[BNM] " + what + " — " + about.tenantName() + " — " + about.campaignTitle(),
                "Bonjour,\n\n" + body + FOOTER);
    }

    private static String quoted(String label, String comment) {
        return blank(comment) ? "" : label + " :\n« " + comment.strip() + " »\n\n";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
