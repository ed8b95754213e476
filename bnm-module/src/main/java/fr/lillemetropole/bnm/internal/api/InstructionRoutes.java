package fr.lillemetropole.bnm.internal.api;

import java.util.List;

import fr.lillemetropole.bnm.api.instruction.Instruction;
import fr.lillemetropole.bnm.api.instruction.QueueQuery;
import fr.lillemetropole.bnm.api.instruction.StatusChange;

/** The MEL instructors' routes (listed, with what they answer, in {@link AccountsApiServlet}). */
final class InstructionRoutes implements ApiRoutes {

    private static final String DOSSIER = DossierRoutes.DOSSIER;

    private final Instruction instruction;
    private final fr.lillemetropole.bnm.internal.mail.Notifier notifier;

    InstructionRoutes(Instruction instruction, fr.lillemetropole.bnm.internal.mail.Notifier notifier) {
        this.instruction = instruction;
        this.notifier = notifier;
    }

    /** Body of POST …/transitions. */
    public record Move(String to, String comment) {
    }

    /** Body of POST …/reopen. */
    public record Reopening(String deadline, String comment) {
    }

    /** Body of POST …/notes and …/messages. */
    public record Text(String text) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/mail/failed", call -> Outcome.ok(notifier.failed(call.session()))),
                Route.get("/campaigns/{campaign}/queue", this::queue),
                Route.post(DOSSIER + "/transitions", this::transition),
                Route.post(DOSSIER + "/assign", call -> new Outcome(200, instruction.assignToMe(call.session(),
                        call.var("campaign"), call.var("tenant")), "Le dossier vous est attribué.")),
                Route.post(DOSSIER + "/reopen", this::reopen),
                Route.get(DOSSIER + "/notes", call -> Outcome.ok(instruction.notes(call.session(), call.var("campaign"),
                        call.var("tenant")))),
                Route.post(DOSSIER + "/notes", call -> new Outcome(201, instruction.addNote(call.session(),
                        call.var("campaign"), call.var("tenant"), call.body(Text.class).text()), "La note est ajoutée.")),
                Route.get(DOSSIER + "/messages", call -> Outcome.ok(instruction.messages(call.session(),
                        call.var("campaign"), call.var("tenant")))),
                Route.post(DOSSIER + "/messages", call -> new Outcome(201, instruction.addMessage(call.session(),
                        call.var("campaign"), call.var("tenant"), call.body(Text.class).text()),
                        "Le message est envoyé à la commune.")),
                Route.get(DOSSIER + "/filings", call -> Outcome.ok(instruction.filings(call.session(),
                        call.var("campaign"), call.var("tenant")))),
                Route.get(DOSSIER + "/filings/{number}", call -> Outcome.ok(instruction.filedVersion(call.session(),
                        call.var("campaign"), call.var("tenant"), number(call.var("number"))))),
                Route.get(DOSSIER + "/changes", call -> Outcome.ok(instruction.changesSincePreviousFiling(
                        call.session(), call.var("campaign"), call.var("tenant")))));
    }

    private Outcome queue(ApiRequest call) throws Exception {
        QueueQuery query = new QueueQuery(call.request.getParameter("tab"), call.request.getParameter("q"),
                "true".equals(call.request.getParameter("mine")), call.request.getParameter("sort"),
                number(call.request.getParameter("page")), number(call.request.getParameter("size")));
        return Outcome.ok(instruction.queue(call.session(), call.var("campaign"), query));
    }

    private Outcome transition(ApiRequest call) throws Exception {
        Move move = call.body(Move.class);
        String ifMatch = call.request.getHeader("If-Match");
        if (ifMatch == null) {
            ifMatch = call.request.getParameter(":etag");
        }
        StatusChange change = instruction.transition(call.session(), call.var("campaign"), call.var("tenant"),
                move.to(), move.comment(), ifMatch);
        return new Outcome(200, change, fr.lillemetropole.bnm.internal.text.Texts.format(
                fr.lillemetropole.bnm.internal.text.Texts.french(call.request), "bnm.move.done",
                fr.lillemetropole.bnm.internal.text.Labels.status(fr.lillemetropole.bnm.internal.text.Texts.french(
                        call.request), change.to())), change.etag());
    }

    private Outcome reopen(ApiRequest call) throws Exception {
        Reopening reopening = call.body(Reopening.class);
        instruction.reopen(call.session(), call.var("campaign"), call.var("tenant"), reopening.deadline(),
                reopening.comment());
        return new Outcome(200, java.util.Map.of("deadline", reopening.deadline()),
                "Le dossier a reçu un nouveau délai de dépôt.");
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
