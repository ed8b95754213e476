package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.created;
import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.jcr.Binary;
import javax.jcr.RepositoryException;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.request.RequestParameter;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.internal.group.GroupData;
import fr.lillemetropole.bnm.internal.group.GroupDocuments;
import fr.lillemetropole.bnm.internal.group.WorkingGroups;

/** Working-group routes of the API (listed, with who may call them, in {@link AccountsApiServlet}). */
final class GroupRoutes implements ApiRoutes {

    static final String GROUP = "/groups/{group}";
    static final String MEETING = GROUP + "/meetings/{meeting}";
    static final String DOCUMENT = GROUP + "/documents/{document}";

    private final WorkingGroups groups;

    GroupRoutes(WorkingGroups groups) {
        this.groups = groups;
    }

    /** A group's document, downloaded as a file the browser never shows in the portal's origin. */
    record FileBody(String filename, String mimeType, long size, Binary data) {

        void write(HttpServletResponse response) throws IOException {
            response.setStatus(200);
            response.setContentType(mimeType);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Content-Length", Long.toString(size));
            try (InputStream in = data.getStream()) {
                in.transferTo(response.getOutputStream());
            } catch (RepositoryException e) {
                throw new IOException("Cannot read " + filename, e);
            } finally {
                data.dispose();
            }
        }
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/groups", call -> ok(groups.list(call.session()))),
                Route.post("/groups", call -> created(groups.create(call.session(),
                        call.body(GroupData.GroupInput.class)), "Le groupe de travail a été créé.")),
                Route.get(GROUP, call -> ok(groups.detail(call.session(), call.var("group")))),
                Route.post(GROUP, call -> new Outcome(200, groups.update(call.session(), call.var("group"),
                        call.body(GroupData.GroupInput.class)), "Le groupe de travail a été enregistré.")),
                Route.post(GROUP + "/meetings", call -> created(groups.addMeeting(call.session(), call.var("group"),
                        call.body(GroupData.MeetingInput.class)), "La réunion a été ajoutée.")),
                Route.delete(MEETING, this::removeMeeting),
                Route.post(MEETING + "/delete", this::removeMeeting),
                Route.post(GROUP + "/documents", this::upload),
                Route.get(DOCUMENT, this::download),
                Route.delete(DOCUMENT, this::removeDocument),
                Route.post(DOCUMENT + "/delete", this::removeDocument));
    }

    private Outcome removeMeeting(ApiRequest call) throws Exception {
        groups.removeMeeting(call.session(), call.var("group"), call.var("meeting"));
        return new Outcome(200, Map.of("removed", call.var("meeting")), "La réunion a été retirée.");
    }

    private Outcome removeDocument(ApiRequest call) throws Exception {
        groups.removeDocument(call.session(), call.var("group"), call.var("document"));
        return new Outcome(200, Map.of("removed", call.var("document")), "Le document a été retiré.");
    }

    private Outcome download(ApiRequest call) throws Exception {
        GroupDocuments.Download file = groups.document(call.session(), call.var("group"), call.var("document"));
        return ok(new FileBody(file.name(), file.mimeType(), file.size(), file.data()));
    }

    /** POST …/documents: the form's file field « fichier » (multipart/form-data), checked from its bytes. */
    private Outcome upload(ApiRequest call) throws Exception {
        if (!call.isMultipart()) {
            throw new InvalidRequestException(415, FieldError.schema("/" + GroupDocuments.FIELD, "Envoyez le document "
                    + "par le formulaire du groupe (multipart/form-data, champ « fichier »)."));
        }
        RequestParameter file = call.request.getRequestParameter(GroupDocuments.FIELD);
        if (file == null || file.isFormField() || file.getSize() <= 0) {
            throw new InvalidRequestException(FieldError.schema("/" + GroupDocuments.FIELD,
                    "Choisissez le document à ajouter."));
        }
        if (file.getSize() > GroupDocuments.MAX_BYTES) {
            throw new InvalidRequestException(413, FieldError.schema("/" + GroupDocuments.FIELD,
                    GroupDocuments.TOO_LARGE));
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) GroupDocuments.MAX_BYTES + 1);
        }
        GroupData.Document added = groups.addDocument(call.session(), call.var("group"), file.getFileName(), bytes);
        return created(added, "Le document « " + added.title() + " » a été ajouté.");
    }
}
