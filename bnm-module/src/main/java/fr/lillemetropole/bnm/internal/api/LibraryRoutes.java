package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import fr.lillemetropole.bnm.internal.directory.Directory;
import fr.lillemetropole.bnm.internal.directory.OpenData;

/** The partner-library directory as open data (anonymous GETs), and the editors' corrections. */
final class LibraryRoutes implements ApiRoutes {

    private final Directory directory;

    LibraryRoutes(Directory directory) {
        this.directory = directory;
    }

    /** In the body's input of a correction: hide or show again, and the public description. */
    record CorrectionInput(Boolean hidden, String description) {}

    /**
     * A published document with its date: ETag and Last-Modified, 304 when the client's copy is current
     * (If-None-Match first, else If-Modified-Since).
     */
    record Published(byte[] bytes, String contentType, String filename, Instant updatedAt, String tag) {

        String etag() {
            return "\"bnm-libraries-" + updatedAt.toEpochMilli() + "-" + tag + "\"";
        }

        void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("ETag", etag());
            response.setDateHeader("Last-Modified", updatedAt.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Link", "<" + OpenData.LICENCE_URL + ">; rel=\"license\"");
            if (notModified(request)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setStatus(200);
            response.setContentType(contentType);
            if (filename != null) {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            }
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }

        private boolean notModified(HttpServletRequest request) {
            String match = request.getHeader("If-None-Match");
            if (match != null) {
                for (String candidate : match.split(",")) {
                    String tag = candidate.strip();
                    if (tag.equals("*") || tag.equals(etag()) || tag.equals("W/" + etag())) {
                        return true;
                    }
                }
                return false;
            }
            if (request.getHeader("If-Modified-Since") == null) {
                return false;
            }
            long since;
            try {
                since = request.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                return false;
            }
            return since >= 0 && updatedAt.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
        }
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/libraries", this::json),
                Route.get("/libraries.csv", this::csv),
                Route.post("/libraries/{slug}/correction", this::correct));
    }

    private Outcome json(ApiRequest call) throws Exception {
        Directory.Snapshot snapshot = Directory.read(call.session());
        byte[] bytes = ApiResponses.JSON.writeValueAsBytes(OpenData.json(snapshot));
        return ok(new Published(bytes, "application/json;charset=UTF-8", null, snapshot.updatedAt(), "json"));
    }

    private Outcome csv(ApiRequest call) throws Exception {
        Directory.Snapshot snapshot = Directory.read(call.session());
        return ok(new Published(OpenData.csv(snapshot), "text/csv;charset=UTF-8", "bibliotheques-partenaires-bnm.csv",
                snapshot.updatedAt(), "csv"));
    }

    /** POST /libraries/{slug}/correction (MEL editors and admins): {hidden, description}. */
    private Outcome correct(ApiRequest call) throws Exception {
        CorrectionInput input = call.body(CorrectionInput.class);
        String slug = call.var("slug");
        String description = input.description();
        if (description == null && call.isForm() && call.request.getParameter("description") != null) {
            description = "";
        }
        directory.correct(call.session(), slug, input.hidden(), description);
        String message = Boolean.TRUE.equals(input.hidden()) ? "La bibliothèque est masquée de l'annuaire."
                : Boolean.FALSE.equals(input.hidden()) ? "La bibliothèque est de nouveau dans l'annuaire."
                : "La description publique est enregistrée.";
        return new Outcome(200, Map.of("slug", slug, "hidden", Boolean.TRUE.equals(input.hidden())), message);
    }
}
