package fr.lillemetropole.bnm.internal.ops;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.management.openmbean.CompositeData;
import javax.servlet.Servlet;

import fr.lillemetropole.bnm.internal.api.ApiResponses;
import org.apache.jackrabbit.oak.api.jmx.FileStoreBackupRestoreMBean;
import org.apache.jackrabbit.oak.api.jmx.RepositoryManagementMBean.StatusCode;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backup of the repository, for {@code ./bnm backup}: POST runs Oak's segment store backup (the
 * {@code FileStoreBackupRestoreMBean} of oak-segment-tar) and answers once it is done. Oak copies one head revision,
 * a consistent state, into a closed segment store under {@code repository/segmentstore-backup} while writes go on;
 * the script then copies that directory. Only Sling's built-in {@code admin} may run it: portal accounts, MEL admins
 * included, get 403 and anonymous callers 401.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + BackupServlet.PATH,
        "sling.servlet.methods=POST"
})
public class BackupServlet extends SlingAllMethodsServlet {

    static final String PATH = "/system/bnm/backup";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BackupServlet.class);
    private static final long TIMEOUT_MINUTES = 30;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FileStoreBackupRestoreMBean backups;

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        String user = request.getResourceResolver().getUserID();
        if (user == null || "anonymous".equals(user)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"BNM\"");
            ApiResponses.problem(response, 401, "Identifiez-vous avec le compte admin de Sling pour sauvegarder.");
            return;
        }
        if (!"admin".equals(user)) {
            ApiResponses.problem(response, 403, "Seul le compte admin de Sling peut lancer une sauvegarde.");
            return;
        }
        FileStoreBackupRestoreMBean mbean = backups;
        if (mbean == null) {
            ApiResponses.problem(response, 503, "La sauvegarde à chaud n'est pas disponible sur ce dépôt.");
            return;
        }
        CompositeData status;
        try {
            status = backUp(mbean);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ApiResponses.problem(response, 503, "La sauvegarde a été interrompue.");
            return;
        }
        StatusCode code = code(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", code.name().toLowerCase());
        body.put("message", String.valueOf(status.get("message")));
        if (code == StatusCode.SUCCEEDED) {
            LOG.info("Backup by {}: {}", user, status.get("message"));
            ApiResponses.json(response, 200, body);
        } else {
            LOG.error("Backup by {} did not succeed: {} {}", user, code, status.get("message"));
            ApiResponses.problem(response, 500, "La sauvegarde a échoué : voir logs/error.log du portail.");
        }
    }

    /** One backup at a time: waits for one under way, starts a new one (so it holds this request's data), waits. */
    private static synchronized CompositeData backUp(FileStoreBackupRestoreMBean mbean) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
        awaitEnd(mbean, deadline);
        mbean.startBackup();
        return awaitEnd(mbean, deadline);
    }

    private static CompositeData awaitEnd(FileStoreBackupRestoreMBean mbean, long deadline) throws InterruptedException {
        CompositeData status = mbean.getBackupStatus();
        while (running(code(status)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = mbean.getBackupStatus();
        }
        return status;
    }

    private static boolean running(StatusCode code) {
        return code == StatusCode.INITIATED || code == StatusCode.RUNNING;
    }

    private static StatusCode code(CompositeData status) {
        Object code = status.get("code");
        return code instanceof Integer ordinal && ordinal >= 0 && ordinal < StatusCode.values().length
                ? StatusCode.values()[ordinal] : StatusCode.UNAVAILABLE;
    }
}
