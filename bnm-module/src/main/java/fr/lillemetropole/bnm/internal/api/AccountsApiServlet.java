package fr.lillemetropole.bnm.internal.api;

import java.io.IOException;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.campaign.Campaigns;
import fr.lillemetropole.bnm.api.dossier.Dossiers;
import fr.lillemetropole.bnm.api.instruction.Instruction;
import fr.lillemetropole.bnm.internal.flash.FlashWriter;

/**
 * The API, base {@value #BASE}: one {@link RouteTable} of every group's routes, errors answered by
 * {@link ApiErrors} in application/problem+json, HTML form posts sent back to their portal page.
 * The routes (a contract: external tests call them so; a unit test checks this list against the table):
 * <pre>
 * GET  /me                      any account
 * POST /me/password             any portal account  {currentPassword, password}: ends its sessions
 * POST /me/profile              any portal account  {displayName, email}
 * GET  /tenants                 the tenants the caller can read
 * POST /tenants                 MEL admin
 * GET  /tenants/{slug}          404 when not readable
 * POST /tenants/{slug}/users    MEL admin
 * POST /tenants/{slug}/members  MEL admin  {login, role}: an existing account in one more tenant
 * POST /tenants/{slug}/status   MEL admin  {status: active|archived}
 * POST /staff                   MEL admin
 * GET  /users                   MEL admin
 * POST /users/{login}/password  MEL admin  {password}
 * POST /users/{login}/disable   MEL admin  {reason}
 * POST /users/{login}/enable    MEL admin
 * GET  /campaigns/{campaign}/dossiers                  the dossiers the caller may see
 * GET  /campaigns/{campaign}/dossiers/{tenant}         the document, with its ETag
 * PUT  /campaigns/{campaign}/dossiers/{tenant}         save a draft (If-Match once it exists)
 * GET  /campaigns/{campaign}/dossiers/{tenant}/status  status, completeness by section, history
 * POST /campaigns/{campaign}/dossiers/{tenant}/sign    the elected official signs the current version
 * POST /campaigns/{campaign}/dossiers/{tenant}/submit  file it (422 with every rule broken)
 * GET  /campaigns/{campaign}/dossiers/{tenant}.pdf     the dossier laid out like the paper form
 * GET  /campaigns/{campaign}/dossiers/{tenant}/receipt.pdf     the attestation de dépôt
 * GET  /campaigns/{campaign}/dossiers/{tenant}/receipt/verify  whether the filed version still matches its receipt
 * POST /campaigns/{campaign}/dossiers/{tenant}/start-from-previous  the commune's last filed dossier, carried over
 * GET  /campaigns                         every campaign, newest year first
 * POST /campaigns                         MEL admin  {id, title, status, opensAt, closesAt} (Paris time)
 * GET  /campaigns/{campaign}              404 when there is none
 * POST /campaigns/{campaign}              MEL admin  {title, status, opensAt, closesAt}: the id never changes
 * GET  /campaigns/{campaign}/reminders      MEL staff  active tenants whose dossier is not filed, days left
 * GET  /campaigns/{campaign}/reminders.csv  MEL staff  the same for a spreadsheet (UTF-8 with BOM, ";")
 * POST /campaigns/{campaign}/reminders/send  MEL staff  one reminder e-mail to each of them (with a deadline)
 * GET  /mail/failed                 MEL admin: the e-mails that could not be sent after every retry
 * GET  /campaigns/{campaign}/queue                     MEL instructors: the review queue (tab, q, mine, sort, page)
 * POST /campaigns/{campaign}/dossiers/{tenant}/transitions  instructor {to, comment}: 409 with the allowed moves
 * POST /campaigns/{campaign}/dossiers/{tenant}/assign  instructor: the dossier is assigned to the caller
 * POST /campaigns/{campaign}/dossiers/{tenant}/reopen  instructor {deadline, comment}: a deadline of its own
 * GET  /campaigns/{campaign}/dossiers/{tenant}/notes   instructors' private notes (never the commune's)
 * POST /campaigns/{campaign}/dossiers/{tenant}/notes   instructor {text}
 * GET  /campaigns/{campaign}/dossiers/{tenant}/messages  messages from the MEL to the commune
 * POST /campaigns/{campaign}/dossiers/{tenant}/messages  instructor {text}
 * GET  /campaigns/{campaign}/dossiers/{tenant}/filings   every filing (number, date, filer, SHA-256)
 * GET  /campaigns/{campaign}/dossiers/{tenant}/filings/{number}  the document as filed then
 * GET  /campaigns/{campaign}/dossiers/{tenant}/changes   what changed since the previous filing
 * POST /tenants/import                MEL admin  CSV (text/csv, or the form's file field « fichier »): all or nothing
 * POST /invitations/{token}           anyone with the link  {password}: once, within 72 hours
 * GET  /groups                          anyone with an account: every working group (title, description, commitment)
 * POST /groups                          MEL editor or admin  {title, description, commitment}
 * GET  /groups/{group}                  portal accounts: the group, its members (from the filed dossiers), meetings, documents
 * POST /groups/{group}                  MEL editor or admin  {title, description, commitment}
 * POST /groups/{group}/meetings         MEL editor or admin  {date, place, visioUrl, agenda}: place or link
 * DELETE /groups/{group}/meetings/{meeting}         MEL editor or admin
 * POST /groups/{group}/meetings/{meeting}/delete    the same, for the group page's form
 * POST /groups/{group}/documents        MEL editor or admin  multipart « fichier »: PDF, ODT, ODS, DOCX, XLSX by content, 20 Mo
 * GET  /groups/{group}/documents/{document}         portal accounts: the file, as an attachment (nosniff)
 * DELETE /groups/{group}/documents/{document}       MEL editor or admin
 * POST /groups/{group}/documents/{document}/delete  the same, for the group page's form
 * GET  /campaigns/{campaign}/exports/libraries.csv   MEL staff  one line per library of the filed dossiers
 * GET  /campaigns/{campaign}/exports/libraries.xlsx  MEL staff  the same as an Excel workbook
 * GET  /campaigns/{campaign}/exports/dossiers.json   MEL staff  every dossier with its status and receipt
 * GET  /campaigns/{campaign}/exports/dossiers.zip    MEL staff  every filed dossier's PDF
 * GET  /campaigns/{campaign}/figures                 MEL staff  the campaign's figures (statistics page)
 * GET  /libraries                     anyone (anonymous)  the partner-library directory: licence, date, libraries
 * GET  /libraries.csv                 anyone (anonymous)  the same for a spreadsheet (UTF-8 with BOM, ";")
 * POST /libraries/{slug}/correction   MEL editor or admin  {hidden, description}: the filed dossier is untouched
 * GET  /faq                          anyone: the published FAQ by category
 * GET  /faq/search                   anyone  ?q=: published entries matching every word (French full text)
 * GET  /faq/entries                  MEL editor or admin: the editorial copy (drafts included)
 * POST /faq/entries                  MEL editor or admin  {category, question, answer, tags}: a draft
 * GET  /faq/entries/{entry}          MEL editor or admin
 * POST /faq/entries/{entry}          MEL editor or admin  {category, question, answer, tags}: answer sanitized
 * POST /faq/entries/{entry}/publish    MEL editor or admin: the public copy is written
 * POST /faq/entries/{entry}/unpublish  MEL editor or admin: the public copy is removed
 * POST /faq/entries/{entry}/move     MEL editor or admin  {direction: up|down}
 * GET  /faq/entries/{entry}/history  MEL editor or admin: who, when, what
 * POST /faq/categories               MEL editor or admin  {title}
 * POST /faq/categories/{category}    MEL editor or admin  {title}
 * POST /faq/categories/{category}/move  MEL editor or admin  {direction: up|down}
 * </pre>
 * A path no route has answers 404; a route's path with another method 405 with an {@code Allow}
 * header; a path variable is never empty nor holds {@code ..}. HEAD is answered as GET.
 * Anonymous callers get here only for /invitations, /faq and /libraries (authentication is required on the rest of
 * /bnm/api). The directory's GETs answer ETag and Last-Modified, and 304 to a client whose copy is current.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.resourceTypes=" + ApiResourceProvider.RESOURCE_TYPE,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=POST",
        "sling.servlet.methods=PUT",
        "sling.servlet.methods=PATCH",
        "sling.servlet.methods=DELETE"
})
public class AccountsApiServlet extends SlingAllMethodsServlet {

    public static final String BASE = ApiResourceProvider.ROOT;
    private static final long serialVersionUID = 1L;
    private static final String REDIRECT = ":redirect";
    private static final String ERROR_REDIRECT = ":errorRedirect";

    @Reference
    private transient Accounts accounts;

    @Reference
    private transient Dossiers dossiers;

    @Reference
    private transient Campaigns campaigns;

    @Reference
    private transient FlashWriter flash;

    @Reference
    private transient Instruction instruction;

    @Reference
    private transient fr.lillemetropole.bnm.internal.mail.Notifier notifier;

    @Reference
    private transient fr.lillemetropole.bnm.internal.group.WorkingGroups workingGroups;

    @Reference
    private transient fr.lillemetropole.bnm.internal.directory.Directory directory;

    @Reference
    private transient fr.lillemetropole.bnm.internal.faq.FaqEditorial faq;

    private transient RouteTable table;

    @Activate
    void activate() {
        table = routes(accounts, dossiers, campaigns, instruction, notifier, workingGroups, directory, faq);
    }

    /** Every route of the API, in the order of the contract above. */
    static RouteTable routes(Accounts accounts, Dossiers dossiers, Campaigns campaigns, Instruction instruction,
            fr.lillemetropole.bnm.internal.mail.Notifier notifier) {
        return routes(accounts, dossiers, campaigns, instruction, notifier, null, null, null);
    }

    /** Every route, in the order of the contract above (tests may leave a service null: only the paths are read). */
    static RouteTable routes(Accounts accounts, Dossiers dossiers, Campaigns campaigns, Instruction instruction,
            fr.lillemetropole.bnm.internal.mail.Notifier notifier,
            fr.lillemetropole.bnm.internal.group.WorkingGroups workingGroups,
            fr.lillemetropole.bnm.internal.directory.Directory directory,
            fr.lillemetropole.bnm.internal.faq.FaqEditorial faq) {
        return RouteTable.of(new AccountRoutes(accounts), new DossierRoutes(dossiers),
                new CampaignRoutes(campaigns, notifier), new InstructionRoutes(instruction, notifier),
                new AdminImportRoutes(accounts), new GroupRoutes(workingGroups), new ExportRoutes(dossiers),
                new LibraryRoutes(directory), new FaqRoutes(faq));
    }

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        dispatch(request, response);
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        dispatch(request, response);
    }

    @Override
    protected void doPut(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        dispatch(request, response);
    }

    @Override
    protected void doDelete(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        dispatch(request, response);
    }

    /** PATCH and any other method: the table answers (405 with the methods the path allows). */
    @Override
    protected void doGeneric(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        dispatch(request, response);
    }

    private void dispatch(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        ApiRequest call = new ApiRequest(request);
        handle(call, response, () -> {
            RouteTable.Match match = table.resolve(request.getMethod(), call.path);
            return match.route().handler().handle(call.bind(match.variables()));
        });
    }

    @FunctionalInterface
    interface Action {
        Outcome run() throws Exception;
    }

    private void handle(ApiRequest call, HttpServletResponse response, Action action) throws IOException {
        String redirect = call.request.getParameter(REDIRECT);
        boolean form = (call.isForm() || call.isMultipart()) && FormRedirects.isPortalPage(redirect);
        String onError = call.request.getParameter(ERROR_REDIRECT);
        String errorRedirect = FormRedirects.isPortalPage(onError) ? onError : redirect;
        try {
            Outcome outcome = action.run();
            if (outcome.etag() != null) {
                response.setHeader("ETag", outcome.etag());
            }
            if (outcome.body() instanceof DossierRoutes.PdfBody pdf) {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.filename() + "\"");
                response.setContentLength(pdf.bytes().length);
                response.getOutputStream().write(pdf.bytes());
            } else if (outcome.body() instanceof CampaignRoutes.CsvBody csv) {
                csv.write(response);
            } else if (outcome.body() instanceof GroupRoutes.FileBody file) {
                file.write(response);
            } else if (outcome.body() instanceof StreamBody stream) {
                stream.write(response);
            } else if (outcome.body() instanceof LibraryRoutes.Published published) {
                published.write(call.request, response);
            } else if (form) {
                flash.ok(response, outcome.message());
                response.sendRedirect(redirect);
            } else {
                ApiResponses.json(response, outcome.status(), outcome.body());
            }
        } catch (Exception e) {
            if (response.isCommitted()) {
                // a streamed export cut short: the download is incomplete, nothing else can be said
                org.slf4j.LoggerFactory.getLogger(AccountsApiServlet.class).error("{} {} failed while streaming",
                        call.request.getMethod(), call.path, e);
                return;
            }
            ApiErrors.Problem problem = ApiErrors.problem(e, call.request);
            problem.headers().forEach(response::setHeader);
            answer(response, form, errorRedirect, problem.status(), problem.title(), problem.errors());
        }
    }

    private void answer(HttpServletResponse response, boolean form, String redirect, int status, String title,
            List<FieldError> errors) throws IOException {
        if (form) {
            String message = errors.isEmpty() ? title : errors.stream().map(FieldError::message)
                    .reduce((a, b) -> a + " " + b).orElse(title);
            flash.error(response, message);
            response.sendRedirect(redirect);
        } else {
            ApiResponses.problem(response, status, title, errors);
        }
    }
}
