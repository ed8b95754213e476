package fr.lillemetropole.bnm.api.instruction;

/** A note of an instructor or a message to the commune: when, who (login and name), what. */
public record Entry(String at, String author, String authorName, String text) {
}
