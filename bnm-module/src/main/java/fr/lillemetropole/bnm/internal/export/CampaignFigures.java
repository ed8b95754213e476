package fr.lillemetropole.bnm.internal.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.dossier.DossierStatus;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaTree;

/**
 * The figures of a campaign for the steering committee, computed in one pass over its dossiers:
 * dossiers per status (drafts included); over the filed dossiers, the communes and libraries covered,
 * totals and medians of the VOLET 1 figures, the answers to each commitment, the working groups chosen
 * and the objectives ranked (3 points for +++, 2 for ++, 1 for +).
 *
 * @param statuses      status code → dossiers, every status in the workflow's order
 * @param filed         dossiers filed (with a receipt)
 * @param communes      distinct communes covered by the filed dossiers (a network's member communes)
 * @param libraries     libraries of VOLET 1 in the filed dossiers
 * @param figures       the VOLET 1 figures, in the form's order
 * @param commitments   commitment (its pointer below /commitments/) → answer code (or "none") → dossiers
 * @param workingGroups working group code → dossiers
 * @param objectives    the objectives chosen, best ranked first
 */
public record CampaignFigures(String campaign, Map<String, Integer> statuses, int filed, int communes,
        int libraries, List<Figure> figures, Map<String, Map<String, Integer>> commitments,
        Map<String, Integer> workingGroups, List<Objective> objectives) {

    /** The parts of VOLET 1 whose numbers are summed up, and the one figure outside them. */
    static final Set<String> SECTIONS = Set.of("/team", "/audience", "/budget", "/collections", "/equipment");
    static final String OPENING_HOURS = "/openingHoursPerWeek";
    static final String COMMITMENTS = "/commitments/";
    /** The key of dossiers that gave no answer. */
    public static final String NONE = "none";

    /** An objective: dossiers that chose it, with +++, and its points. */
    public record Objective(String code, String label, int dossiers, int first, int points) {
    }

    /** Adds dossiers one at a time, then gives the figures. */
    public static final class Builder {
        private final String campaign;
        private final Map<String, Integer> statuses = new LinkedHashMap<>();
        private final Set<String> communes = new TreeSet<>();
        private final Map<Column, Figure.Tally> tallies = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> commitments = new LinkedHashMap<>();
        private final Map<String, Integer> groups = new LinkedHashMap<>();
        private final Map<String, int[]> objectives = new LinkedHashMap<>();
        private int filed;
        private int libraries;

        public Builder(String campaign) {
            this.campaign = campaign;
            for (DossierStatus status : DossierStatus.values()) {
                statuses.put(status.code(), 0);
            }
            for (Column column : Columns.library()) {
                if (column.kind() == Column.Kind.NUMBER && isFigure(column.pointer())) {
                    tallies.put(column, new Figure.Tally());
                }
            }
            for (Column column : Columns.all()) {
                if (!column.library() && column.kind() == Column.Kind.CHOICE
                        && column.pointer().startsWith(COMMITMENTS)) {
                    Map<String, Integer> answers = new LinkedHashMap<>();
                    column.schema().path("x-labels").fieldNames().forEachRemaining(code -> answers.put(code, 0));
                    answers.put(NONE, 0);
                    commitments.put(column.pointer().substring(COMMITMENTS.length()), answers);
                }
            }
            SchemaTree.dossier().at("/engagement/workingGroups/0").path("x-labels").fieldNames()
                    .forEachRemaining(code -> groups.put(code, 0));
        }

        private static boolean isFigure(String pointer) {
            return OPENING_HOURS.equals(pointer) || SECTIONS.stream().anyMatch(s -> pointer.startsWith(s + "/"));
        }

        public void add(CampaignDossiers.Dossier dossier) {
            statuses.merge(dossier.status(), 1, Integer::sum);
            if (!dossier.filed()) {
                return;
            }
            filed++;
            JsonNode document = dossier.document();
            communes(document, dossier.tenantName());
            for (JsonNode library : document.path("libraries")) {
                libraries++;
                tallies.forEach((column, tally) -> tally.add(library.at(column.pointer())));
            }
            commitments.forEach((name, answers) -> {
                JsonNode answer = document.at(COMMITMENTS + name);
                answers.merge(answer.isTextual() && answers.containsKey(answer.asText()) ? answer.asText() : NONE, 1,
                        Integer::sum);
            });
            for (JsonNode group : document.at("/engagement/workingGroups")) {
                groups.merge(group.asText(), 1, Integer::sum);
            }
            for (JsonNode objective : document.path("objectives")) {
                if (objective.path("objective").isTextual()) {
                    int[] counts = objectives.computeIfAbsent(objective.get("objective").asText(), k -> new int[3]);
                    int importance = objective.path("importance").asInt(0);
                    counts[0]++;
                    counts[1] += importance == 3 ? 1 : 0;
                    counts[2] += importance;
                }
            }
        }

        private void communes(JsonNode document, String tenantName) {
            JsonNode members = document.at("/applicant/network/memberCommunes");
            if ("network".equals(document.at("/applicant/kind").asText()) && members.size() > 0) {
                members.forEach(m -> communes.add(key(m.asText())));
            } else {
                JsonNode name = document.at("/applicant/communeName");
                communes.add(key(name.isTextual() ? name.asText() : tenantName));
            }
        }

        private static String key(String commune) {
            return java.text.Normalizer.normalize(commune.strip().toLowerCase(Locale.FRENCH),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('-', ' ');
        }

        public CampaignFigures build() {
            List<Figure> figures = new ArrayList<>();
            tallies.forEach((column, tally) -> figures.add(tally.figure(column.pointer(), section(column),
                    SchemaTree.dossier().at("/libraries/0" + column.pointer()).path("title").asText(column.header()))));
            List<Objective> ranked = new ArrayList<>();
            objectives.forEach((code, c) -> ranked.add(new Objective(code,
                    fr.lillemetropole.bnm.internal.dossier.schema.SchemaText.dossier().label(
                            SchemaTree.dossier().at("/objectives/0/objective"), code), c[0], c[1], c[2])));
            ranked.sort(java.util.Comparator.comparingInt(Objective::points).reversed()
                    .thenComparing(java.util.Comparator.comparingInt(Objective::first).reversed())
                    .thenComparing(Objective::label));
            return new CampaignFigures(campaign, statuses, filed, communes.size(), libraries, figures, commitments,
                    groups, ranked);
        }

        private static String section(Column column) {
            String pointer = column.pointer();
            int slash = pointer.indexOf('/', 1);
            JsonNode schema = SchemaTree.dossier().at("/libraries/0" + (slash < 0 ? pointer : pointer.substring(0,
                    slash)));
            return schema.path("title").asText("");
        }
    }
}
