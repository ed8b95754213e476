package fr.lillemetropole.bnm.api.instruction;

/** A field that changed between two filings: its pointer, its French title, both values as shown. */
public record FieldChange(String pointer, String title, String before, String after) {
}
