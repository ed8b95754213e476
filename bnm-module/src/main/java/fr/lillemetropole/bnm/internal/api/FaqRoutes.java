package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.created;
import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.util.List;
import java.util.Map;

import fr.lillemetropole.bnm.internal.faq.FaqEditorial;
import fr.lillemetropole.bnm.internal.faq.FaqPublic;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.CategoryInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.EntryInput;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.MoveInput;

/** FAQ routes of the API (listed, with who may call them, in {@link AccountsApiServlet}). */
final class FaqRoutes implements ApiRoutes {

    static final String ENTRY = "/faq/entries/{entry}";
    static final String CATEGORY = "/faq/categories/{category}";

    private final FaqEditorial faq;

    FaqRoutes(FaqEditorial faq) {
        this.faq = faq;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/faq", call -> ok(FaqPublic.read(call.session()))),
                Route.get("/faq/search", call -> ok(Map.of("results",
                        FaqPublic.search(call.session(), call.request.getParameter("q"))))),
                Route.get("/faq/entries", call -> ok(faq.list(call.session()))),
                Route.post("/faq/entries", call -> created(faq.create(call.session(), call.body(EntryInput.class)),
                        "La question a été créée (brouillon).")),
                Route.get(ENTRY, call -> ok(faq.get(call.session(), call.var("entry")))),
                Route.post(ENTRY, call -> new Outcome(200, faq.update(call.session(), call.var("entry"),
                        call.body(EntryInput.class)), "La question a été enregistrée.")),
                Route.post(ENTRY + "/publish", call -> new Outcome(200, faq.publish(call.session(),
                        call.var("entry")), "La question a été publiée.")),
                Route.post(ENTRY + "/unpublish", call -> new Outcome(200, faq.unpublish(call.session(),
                        call.var("entry")), "La question a été retirée de la FAQ publique.")),
                Route.post(ENTRY + "/move", call -> new Outcome(200, faq.move(call.session(), call.var("entry"),
                        call.body(MoveInput.class)), "L'ordre des questions a été enregistré.")),
                Route.get(ENTRY + "/history", call -> ok(faq.history(call.session(), call.var("entry")))),
                Route.post("/faq/categories", call -> created(faq.createCategory(call.session(),
                        call.body(CategoryInput.class)), "La catégorie a été créée.")),
                Route.post(CATEGORY, call -> new Outcome(200, faq.renameCategory(call.session(),
                        call.var("category"), call.body(CategoryInput.class)), "La catégorie a été renommée.")),
                Route.post(CATEGORY + "/move", call -> new Outcome(200, faq.moveCategory(call.session(),
                        call.var("category"), call.body(MoveInput.class)), "L'ordre des catégories a été enregistré.")));
    }
}
