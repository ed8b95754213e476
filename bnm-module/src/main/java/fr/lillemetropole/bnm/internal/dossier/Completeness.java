package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.dossier.SectionReport;

/** Sorts the errors of a dossier into the groups of {@link DossierSections}, in the form's order. */
public final class Completeness {

    private Completeness() {}

    public static Map<String, SectionReport> report(List<FieldError> errors) {
        Map<String, List<FieldError>> byGroup = new LinkedHashMap<>();
        for (DossierSections.Group group : DossierSections.Group.values()) {
            byGroup.put(group.id(), new ArrayList<>());
        }
        for (FieldError error : FieldOrder.sorted(errors)) {
            byGroup.get(DossierSections.Group.of(error.pointer()).id()).add(error);
        }
        Map<String, SectionReport> report = new LinkedHashMap<>();
        byGroup.forEach((group, list) -> report.put(group, new SectionReport(list.isEmpty(), List.copyOf(list))));
        return report;
    }

    /** Share of complete sections, 0-100. */
    public static int percent(Map<String, SectionReport> report) {
        long complete = report.values().stream().filter(SectionReport::complete).count();
        return (int) Math.round(100.0 * complete / report.size());
    }
}
