package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.dossier.SectionReport;
import fr.lillemetropole.bnm.internal.dossier.form.FieldView;
import fr.lillemetropole.bnm.internal.dossier.form.FormFields;
import fr.lillemetropole.bnm.internal.dossier.rules.DossierRules;

/** One list of sections, in the paper form's order, behind the pages, the summary and completeness. */
class DossierSectionsTest {

    private static final ResourceBundle FR = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"bnm.section.library", "Volet 1 — Bibliothèque {0}"},
                {"bnm.section.presentation", "Présentation de la commune candidate"}};
        }
    };

    @Test
    void pagesFollowThePaperFormWithOnePagePerLibrary() {
        ObjectNode document = Fixtures.armentieres();
        ((ArrayNode) document.get("libraries")).add(document.get("libraries").get(0).deepCopy());
        List<String> ids = DossierSections.of(document).stream().map(DossierSections.Section::id).toList();
        assertEquals(List.of("presentation", "library-0", "library-1", "motivation", "commitments", "objectives",
                "engagement", "signature"), ids);
        DossierSections.Section second = DossierSections.find(document, "library-1");
        assertEquals("Volet 1 — Bibliothèque 2 : " + document.at("/libraries/0/presentation/name").asText(),
                second.title(FR));
        assertEquals("Présentation de la commune candidate", DossierSections.find(document, "presentation").title(FR));
    }

    @Test
    void rulesAboutTheLibrariesAsAWholeBelongToTheLibraryListNotToThePresentation() {
        assertEquals("libraries", DossierSections.pageOf("/libraries"));
        assertEquals("library-3", DossierSections.pageOf("/libraries/3/team/fte"));
        assertEquals("presentation", DossierSections.pageOf("/electedOfficial/email"));
    }

    @Test
    void whatIsMissingComesInTheOrderOfTheFormsFields() {
        ObjectNode blank = new DossiersImpl().blank("ami-bnm-2022");
        List<FieldError> errors = new ArrayList<>(new SchemaValidator(DossierSchema.get()).validate(blank));
        errors.addAll(DossierRules.check(blank));
        Map<String, SectionReport> report = Completeness.report(errors);

        List<String> formOrder = new ArrayList<>();
        FormFields fields = new FormFields(DossierSchema.get());
        flatten(fields.of(blank, "/libraries/0", List.of()), formOrder);
        List<String> missing = report.get("libraries").errors().stream().map(FieldError::pointer)
                .filter(pointer -> pointer.startsWith("/libraries/0/")).toList();
        List<Integer> positions = missing.stream().map(pointer -> position(formOrder, pointer)).toList();
        List<Integer> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        assertEquals(sorted, positions, "missing fields of VOLET 1 in form order: " + missing);
        assertEquals(List.of("dossier", "presentation", "libraries", "motivation", "commitments", "objectives",
                "engagement", "signature"), List.copyOf(report.keySet()));
    }

    private static int position(List<String> formOrder, String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            int index = formOrder.indexOf(p);
            if (index >= 0) {
                return index;
            }
        }
        throw new AssertionError("no field for " + pointer);
    }

    private static void flatten(List<FieldView> views, List<String> out) {
        for (FieldView view : views) {
            out.add(view.getName());
            flatten(view.getChildren(), out);
        }
    }
}
