package fr.lillemetropole.bnm.api.dossier;

import java.util.List;

import fr.lillemetropole.bnm.api.FieldError;

/** One section of the form: complete, or what is missing. */
public record SectionReport(boolean complete, List<FieldError> errors) {
}
