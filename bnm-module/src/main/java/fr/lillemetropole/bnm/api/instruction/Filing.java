package fr.lillemetropole.bnm.api.instruction;

/** One filing of a dossier (a returned dossier is filed again): its number, when, by whom, its SHA-256. */
public record Filing(int number, String at, String by, String byName, String sha256) {
}
