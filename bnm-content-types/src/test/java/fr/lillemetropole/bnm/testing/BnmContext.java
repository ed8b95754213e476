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
            OakIndexLoader.load(admin, index, read(INDEX_FOLDER + "/" + index + ".xml"));
        }
        try (Reader cnd = new InputStreamReader(open(CND), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(cnd, admin, true);
        }
        admin.save();
    }

    /** Oak's default users and groups paths, which sling-mock-oak keeps (the Starter moves them to /home). */
    private static final String OAK_USERS = "/rep:security/rep:authorizables/rep:users";
    private static final String OAK_GROUPS = "/rep:security/rep:authorizables/rep:groups";

    /**
     * Applies a repoinit script. sling-mock-oak keeps Oak's default users and groups paths where the
     * Starter configures /home/users and /home/groups: the script's paths are mapped accordingly.
     */
    public static void applyRepoinit(Session admin, String script) throws Exception {
        if (admin.nodeExists(OAK_USERS) && !admin.nodeExists("/home/users")) {
            script = script.replace("/home/users", OAK_USERS).replace("/home/groups", OAK_GROUPS);
        }
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
            // as the Starter's AccessControlAction does, the account reads its own node
            org.apache.jackrabbit.api.security.JackrabbitAccessControlList acl =
                    org.apache.jackrabbit.commons.jackrabbit.authorization.AccessControlUtils
                            .getAccessControlList(admin, user.getPath());
            acl.addEntry(user.getPrincipal(), org.apache.jackrabbit.commons.jackrabbit.authorization
                    .AccessControlUtils.privilegesFromNames(admin, javax.jcr.security.Privilege.JCR_READ), true);
            admin.getAccessControlManager().setPolicy(user.getPath(), acl);
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
    /** Where the repository keeps users: /home/users at runtime, Oak's default in sling-mock-oak. */
    public static String usersRoot(Session admin) throws RepositoryException {
        return admin.nodeExists(OAK_USERS) && !admin.nodeExists("/home/users") ? OAK_USERS : "/home/users";
    }

    public static Session anonymous(SlingContext ctx) throws RepositoryException {
        return ctx.getService(SlingRepository.class).login(new javax.jcr.GuestCredentials());
    }
}
