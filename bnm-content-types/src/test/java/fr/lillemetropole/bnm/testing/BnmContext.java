package fr.lillemetropole.bnm.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.jcr.Credentials;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Group;
import org.apache.jackrabbit.api.security.user.User;
import org.apache.jackrabbit.api.security.user.UserManager;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.sling.jcr.api.SlingRepository;
import org.apache.sling.jcr.repoinit.impl.JcrRepoInitOpsProcessorImpl;
import org.apache.sling.repoinit.parser.impl.RepoInitParserImpl;
import org.apache.sling.repoinit.parser.operations.Operation;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextBuilder;

/**
 * The one test-context factory of the project: a sling-mock context on a real in-memory Oak
 * repository, prepared like a launched portal (the shipped repoinit script, then the shipped
 * CND), with helpers to log in as a given user.
 */
public final class BnmContext {

    public static final String REPOINIT = "/features/bnm-content-types-repoinit.txt";
    public static final String CND = "/SLING-INF/nodetypes/bnm.cnd";
    public static final String INDEX_FOLDER = "/SLING-INF/oak-index";
    public static final List<String> INDEXES = List.of("bnmCampaign", "bnmStatus", "bnmTenant", "bnmCommune");

    private BnmContext() {}

    /** A context whose repository holds the BNM structure, groups, ACLs, indexes and node types. */
    public static SlingContext create() {
        return new SlingContextBuilder(ResourceResolverType.JCR_OAK)
                .afterSetUp(ctx -> prepare(((org.apache.sling.testing.mock.sling.context.SlingContextImpl) ctx).resourceResolver().adaptTo(Session.class)))
                .build();
    }

    /** Applies the shipped repoinit script then registers the shipped CND, in that order, as at start-up. */
    public static void prepare(Session admin) throws Exception {
        applyRepoinit(admin, read(REPOINIT));
        for (String index : INDEXES) {
            OakIndexLoader.load(admin, index, read(INDEX_FOLDER + "/" + index + ".json"));
        }
        try (Reader cnd = new InputStreamReader(open(CND), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(cnd, admin, true);
        }
        admin.save();
    }

    public static void applyRepoinit(Session admin, String script) throws Exception {
        List<Operation> ops = new RepoInitParserImpl(new StringReader(script)).parse();
        new JcrRepoInitOpsProcessorImpl().apply(admin, ops);
        admin.save();
    }

    public static String read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = BnmContext.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("not on the test classpath: " + resource);
        }
        return in;
    }

    /** Creates a user (if missing) with the given password, member of the given groups. */
    public static User user(Session admin, String id, String password, String... groups) throws RepositoryException {
        UserManager um = ((JackrabbitSession) admin).getUserManager();
        User user = (User) um.getAuthorizable(id);
        if (user == null) {
            user = um.createUser(id, password);
        }
        for (String groupId : groups) {
            Group group = (Group) um.getAuthorizable(groupId);
            if (group == null) {
                group = um.createGroup(groupId);
            }
            group.addMember(user);
        }
        admin.save();
        return user;
    }

    /** Logs in to the context's repository as the given user. */
    public static Session login(SlingContext ctx, String id, String password) throws RepositoryException {
        Repository repository = ctx.getService(SlingRepository.class);
        Credentials credentials = new SimpleCredentials(id, password.toCharArray());
        return repository.login(credentials);
    }

    /** Logs in as anonymous. */
    public static Session anonymous(SlingContext ctx) throws RepositoryException {
        return ctx.getService(SlingRepository.class).login(new javax.jcr.GuestCredentials());
    }
}
