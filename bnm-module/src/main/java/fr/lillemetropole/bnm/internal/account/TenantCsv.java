package fr.lillemetropole.bnm.internal.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;

/**
 * The columns of the tenants' CSV import, the header line first (UTF-8, BOM tolerated, {@code ;} or
 * {@code ,}; accents, case and hyphens in the headers do not matter, the columns come in any order):
 * <pre>
 * slug              optional: made from the name (« Armentières » gives « armentieres »)
 * nom               required: the commune's or the network's name
 * type              required: commune | réseau
 * communes membres  a network's communes, separated by « | » (or « , »); a commune: itself
 * commune tête      optional: a network's head commune, one of its members
 * login agent, nom agent, e-mail agent   required: the first agent's account
 * login élu, nom élu, e-mail élu         optional: the elected official's account (all three or none)
 * </pre>
 * Every error names its line (the header is line 1, as in a spreadsheet) and its column.
 */
final class TenantCsv {

    static final String SLUG = "slug";
    static final String NAME = "nom";
    static final String KIND = "type";
    static final String MEMBERS = "communes membres";
    static final String HEAD = "commune tête";
    /** Column titles in the order of the template, as errors name them. */
    static final List<String> COLUMNS = List.of(SLUG, NAME, KIND, MEMBERS, HEAD, "login agent", "nom agent",
            "e-mail agent", "login élu", "nom élu", "e-mail élu");
    private static final List<String> REQUIRED = List.of(NAME, KIND, "login agent", "nom agent", "e-mail agent");

    /** One line to import: its number, its tenant, its accounts (no password). */
    record Line(int number, NewTenant tenant, List<NewAccount> accounts) {
    }

    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<FieldError> errors;

    private TenantCsv(List<FieldError> errors) {
        this.errors = errors;
    }

    /** The lines of the records (record 0 the header), every problem added to {@code errors}. */
    static List<Line> lines(List<List<String>> records, List<FieldError> errors) {
        TenantCsv csv = new TenantCsv(errors);
        if (records.isEmpty() || !csv.header(records.get(0))) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(csv.line(i + 1, record));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.schema("/lines", "Le fichier ne contient aucune ligne après l'en-tête."));
        }
        return lines;
    }

    private boolean header(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i);
            String column = COLUMNS.stream().filter(c -> key(c).equals(key(title))).findFirst().orElse(null);
            if (column == null && !title.isBlank()) {
                errors.add(FieldError.schema("/lines/1/" + (i + 1), "Ligne 1, colonne " + (i + 1) + " : l'en-tête « "
                        + title.strip() + " » est inconnu (colonnes possibles : " + String.join(", ", COLUMNS) + ")."));
            } else if (column != null && columns.putIfAbsent(column, i) != null) {
                errors.add(FieldError.schema("/lines/1/" + column, "Ligne 1 : la colonne « " + column
                        + " » figure deux fois."));
            }
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                errors.add(FieldError.schema("/lines/1/" + column, "Ligne 1 : il manque la colonne « " + column
                        + " »."));
            }
        }
        return errors.isEmpty();
    }

    private Line line(int number, List<String> record) {
        String kind = cell(record, KIND);
        String members = cell(record, MEMBERS);
        NewTenant tenant = new NewTenant(cell(record, SLUG), cell(record, NAME), kindCode(kind),
                members == null ? null : Arrays.stream(members.split("[|,;]")).map(String::strip).toList(),
                cell(record, HEAD));
        List<NewAccount> accounts = new ArrayList<>();
        accounts.add(account(record, "agent", "agent"));
        if (cell(record, "login élu") != null || cell(record, "nom élu") != null || cell(record, "e-mail élu") != null) {
            accounts.add(account(record, "élu", "elected"));
        }
        return new Line(number, tenant, accounts);
    }

    private NewAccount account(List<String> record, String who, String role) {
        return new NewAccount(cell(record, "login " + who), null, cell(record, "nom " + who),
                cell(record, "e-mail " + who), role);
    }

    /** The stripped cell of the column, null when absent or blank. */
    private String cell(List<String> record, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : AccountRules.trim(record.get(index));
    }

    /** « commune », « réseau » (or the API's codes) → commune, network; anything else is kept as typed. */
    static String kindCode(String typed) {
        if (typed == null) {
            return null;
        }
        String key = key(typed);
        return "reseau".equals(key) || "network".equals(key) ? "network" : "commune".equals(key) ? "commune" : typed;
    }

    /** "E-mail Élu" → "email elu". */
    static String key(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replace("-", "").replace("_", " ").strip().replaceAll("\\s+", " ");
    }
}
