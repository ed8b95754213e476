package fr.lillemetropole.bnm.internal.mail;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The SMTP server the portal's notifications leave through; off by default (mails then wait in the outbox). */
@ObjectClassDefinition(name = "BNM - courrier",
        description = "Envoi des notifications par courriel (dépôt, retour pour correction, décision, rappel).")
public @interface MailConfig {

    @AttributeDefinition(name = "Envoi activé",
            description = "Désactivé : les courriels restent en file d'attente et partent dès l'activation.")
    boolean enabled() default false;

    @AttributeDefinition(name = "Serveur SMTP")
    String host() default "localhost";

    @AttributeDefinition(name = "Port", description = "25 ou 587 (STARTTLS), 465 (SMTPS)")
    int port() default 25;

    @AttributeDefinition(name = "Chiffrement", options = {
        @Option(value = "none", label = "Aucun"),
        @Option(value = "starttls", label = "STARTTLS (obligatoire)"),
        @Option(value = "smtps", label = "SMTPS (TLS dès la connexion)")})
    String tls() default "none";

    @AttributeDefinition(name = "Identifiant SMTP", description = "Vide : pas d'authentification.")
    String username() default "";

    @AttributeDefinition(name = "Mot de passe SMTP", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Expéditeur")
    String from() default "Bibliothèque Numérique Métropolitaine <ne-pas-repondre@lillemetropole.fr>";

    @AttributeDefinition(name = "Adresse du portail", description = "Début des liens des courriels.")
    String portalUrl() default "http://127.0.0.1:8080";
}
