package fr.lillemetropole.bnm.internal.mail;

/** Hands one mail to the SMTP server; throws with the server's reason when it refuses it or cannot be reached. */
@FunctionalInterface
interface Mailer {
    void send(String to, String subject, String body) throws Exception;
}
