package fr.lillemetropole.bnm.internal.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.dossier.SectionReport;

/** Sorts the errors of a dossier into the sections of the form, in the form's order. */
public final class Completeness {

    /** Section id, then the top-level fields it holds. */
    public static final Map<String, List<String>> SECTIONS = sections();

    private Completeness() {}

    public static Map<String, SectionReport> report(List<FieldError> errors) {
        Map<String, List<FieldError>> bySection = new LinkedHashMap<>();
        SECTIONS.keySet().forEach(section -> bySection.put(section, new ArrayList<>()));
        for (FieldError error : errors) {
            bySection.get(sectionOf(error.pointer())).add(error);
        }
        Map<String, SectionReport> report = new LinkedHashMap<>();
        bySection.forEach((section, list) -> report.put(section, new SectionReport(list.isEmpty(), List.copyOf(list))));
        return report;
    }

    /** Share of complete sections, 0-100. */
    public static int percent(Map<String, SectionReport> report) {
        long complete = report.values().stream().filter(SectionReport::complete).count();
        return (int) Math.round(100.0 * complete / report.size());
    }

    static String sectionOf(String pointer) {
        String top = pointer.length() > 1 ? pointer.substring(1).split("/")[0] : "";
        for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
            if (section.getValue().contains(top)) {
                return section.getKey();
            }
        }
        return "dossier";
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("dossier", List.of("schemaVersion", "campaign", ""));
        sections.put("presentation", List.of("applicant", "electedOfficial", "projectLead", "validation"));
        sections.put("libraries", List.of("libraries"));
        sections.put("motivation", List.of("motivation"));
        sections.put("commitments", List.of("commitments"));
        sections.put("objectives", List.of("objectives"));
        sections.put("engagement", List.of("engagement"));
        sections.put("signature", List.of("signature"));
        return sections;
    }
}
