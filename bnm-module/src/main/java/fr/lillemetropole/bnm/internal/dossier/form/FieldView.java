package fr.lillemetropole.bnm.internal.dossier.form;

import java.util.ArrayList;
import java.util.List;

/**
 * One input of the dossier form, made from the schema: its name is the field's JSON pointer, its
 * label the schema's French title, its choices the schema's x-labels.
 */
public final class FieldView {

    /** How the field is entered. */
    public enum Kind {
        GROUP, ROWS, TEXT, TEXTAREA, EMAIL, DATE, URL, INTEGER, NUMBER, QUANTITY, YESNO, CHOICE, MULTI, LINES
    }

    private final String pointer;
    private final String label;
    private final String help;
    private final Kind kind;
    private final String value;
    private final boolean nc;
    private final List<Option> options;
    private final List<FieldView> children;
    private final List<String> errors = new ArrayList<>();
    private final List<String> todos = new ArrayList<>();
    private int rows = 3;
    private FieldView shownWhen;
    private List<String> shownFor = List.of();

    FieldView(String pointer, String label, String help, Kind kind, String value, boolean nc, List<Option> options,
            List<FieldView> children) {
        this.pointer = pointer;
        this.label = label;
        this.help = help;
        this.kind = kind;
        this.value = value;
        this.nc = nc;
        this.options = options;
        this.children = children;
    }

    /** A choice of a CHOICE, YESNO or MULTI field. */
    public record Option(String value, String label, boolean checked) {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public boolean isChecked() {
            return checked;
        }
    }

    public String getName() {
        return pointer;
    }

    /** An HTML id made from the pointer: "f-libraries-0-team-fte". */
    public String getId() {
        return "f" + pointer.replace('/', '-');
    }

    public String getErrorId() {
        return getId() + "-erreur";
    }

    public String getHelpId() {
        return getId() + "-aide";
    }

    public String getLabel() {
        return label;
    }

    public String getHelp() {
        return help;
    }

    public String getKind() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The HTML input type: email, date, url or text (numbers are text with a decimal keyboard: "17,9" is fine). */
    public String getInputType() {
        return switch (kind) {
            case EMAIL -> "email";
            case DATE -> "date";
            case URL -> "url";
            default -> "text";
        };
    }

    public boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.NUMBER || kind == Kind.QUANTITY;
    }

    public boolean isMultiline() {
        return kind == Kind.TEXTAREA || kind == Kind.LINES;
    }

    Kind kind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    /** QUANTITY: "NC" (non communiqué) is chosen. */
    public boolean isNc() {
        return nc;
    }

    public List<Option> getOptions() {
        return options;
    }

    public List<FieldView> getChildren() {
        return children;
    }

    public List<String> getErrors() {
        return errors;
    }

    public boolean isInvalid() {
        return !errors.isEmpty();
    }

    /** What a rule still asks for this field ("à compléter"): shown beside it, not as an error. */
    public List<String> getTodos() {
        return todos;
    }

    public boolean isIncomplete() {
        return !todos.isEmpty();
    }

    public String getTodoId() {
        return getId() + "-a-completer";
    }

    /** Visible lines of a multi-line input. */
    public int getRows() {
        return rows;
    }

    FieldView rows(int lines) {
        this.rows = lines;
        return this;
    }

    /** The ids the input is described by: its help and its error. */
    public String getDescribedBy() {
        List<String> ids = new ArrayList<>();
        if (help != null) {
            ids.add(getHelpId());
        }
        if (!errors.isEmpty()) {
            ids.add(getErrorId());
        }
        if (!todos.isEmpty()) {
            ids.add(getTodoId());
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** The field matters only when the choice {@code on} has one of {@code values}. */
    void showWhen(FieldView on, List<String> values) {
        this.shownWhen = on;
        this.shownFor = values;
    }

    /** The name of the choice this field depends on, or null. */
    public String getShownWhen() {
        return shownWhen == null ? null : shownWhen.getName();
    }

    /** The answers of that choice for which the field matters, space-separated (for the page's script). */
    public String getShownFor() {
        return String.join(" ", shownFor);
    }

    /** « « Mode de validation » : Délibération » — when to fill the field, for readers without the script. */
    public String getShownCondition() {
        if (shownWhen == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (String value : shownFor) {
            shownWhen.getOptions().stream().filter(o -> o.value().equals(value)).findFirst()
                    .ifPresent(option -> labels.add(option.label()));
        }
        return "« " + shownWhen.getLabel() + " » : " + String.join(" ou ", labels);
    }

    void addError(String message) {
        errors.add(message);
    }

    void addTodo(String message) {
        todos.add(message);
    }
}
