package fr.lillemetropole.bnm.internal.faq;

import java.util.ArrayList;
import java.util.List;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.CategoryInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EntryInput;

/** What an entry or a category must hold; messages name the field as the editor's form does. */
final class FaqRules {

    static final int MAX_QUESTION = 300;
    static final int MAX_ANSWER = 20_000;
    static final int MAX_TITLE = 120;
    static final int MAX_TAGS = 500;

    private FaqRules() {}

    /** The sanitized values of an entry. */
    record Entry(String category, String question, String answer, List<String> tags) {
    }

    static Entry check(EntryInput input) throws InvalidRequestException {
        List<FieldError> errors = new ArrayList<>();
        String question = input == null || input.question() == null ? "" : input.question().strip();
        String raw = input == null || input.answer() == null ? "" : input.answer();
        String category = input == null || input.category() == null ? "" : input.category().strip();
        String tags = input == null || input.tags() == null ? "" : input.tags();
        if (question.isEmpty()) {
            errors.add(FieldError.schema("/question", "La question est obligatoire."));
        } else if (question.length() > MAX_QUESTION) {
            errors.add(FieldError.schema("/question", "La question dépasse " + MAX_QUESTION + " caractères."));
        }
        if (raw.length() > MAX_ANSWER) {
            errors.add(FieldError.schema("/answer", "La réponse dépasse " + MAX_ANSWER + " caractères."));
        }
        String answer = FaqSanitizer.sanitize(raw);
        if (errors.stream().noneMatch(e -> e.pointer().equals("/answer")) && FaqSanitizer.text(answer).isEmpty()) {
            errors.add(FieldError.schema("/answer", "La réponse est obligatoire."));
        }
        if (category.isEmpty()) {
            errors.add(FieldError.schema("/category", "La catégorie est obligatoire."));
        }
        if (tags.length() > MAX_TAGS) {
            errors.add(FieldError.schema("/tags", "Les mots-clés dépassent " + MAX_TAGS + " caractères."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Entry(category, question, answer, FaqNodes.tags(tags));
    }

    static String title(CategoryInput input) throws InvalidRequestException {
        String title = input == null || input.title() == null ? "" : input.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new InvalidRequestException(FieldError.schema("/title",
                    "Le titre de la catégorie est obligatoire (" + MAX_TITLE + " caractères au plus)."));
        }
        return title;
    }

    /** -1 for "up", +1 for "down". */
    static int direction(FaqRecords.MoveInput input) throws InvalidRequestException {
        String direction = input == null ? null : input.direction();
        if ("up".equals(direction)) {
            return -1;
        }
        if ("down".equals(direction)) {
            return 1;
        }
        throw new InvalidRequestException(FieldError.schema("/direction",
                "Le sens du déplacement doit être « up » (monter) ou « down » (descendre)."));
    }
}
