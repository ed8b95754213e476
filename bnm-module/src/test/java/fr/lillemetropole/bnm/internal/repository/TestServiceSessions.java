package fr.lillemetropole.bnm.internal.repository;

import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.jcr.api.SlingRepository;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;

/**
 * {@link ServiceSessions} in tests: admin sessions. The service users' own rights are principal-based
 * ACLs (Oak's principal-based authorization, configured by the Sling Starter for system users), which
 * sling-mock's Oak does not evaluate: the integration tests exercise them on the launched portal.
 */
public final class TestServiceSessions implements ServiceSessions {

    private static final Set<String> USERS = Set.of(WORKFLOW, BOOTSTRAP, ACCOUNTS, MAIL, "sessions", GROUPS,
            DIRECTORY, FAQ);

    private final SlingRepository repository;

    public TestServiceSessions(SlingContext context) {
        this.repository = context.getService(SlingRepository.class);
    }

    @Override
    public Handle open(String subService) throws RepositoryException {
        if (!USERS.contains(subService)) {
            throw new RepositoryException("no service user for " + subService);
        }
        Session session = repository.loginAdministrative(null);
        return Handle.of(session, session::logout);
    }

    /** The password check of the portal, as a plain repository login (sling-mock has no JAAS to set up). */
    public static fr.lillemetropole.bnm.internal.account.PasswordCheck passwords(SlingContext context) {
        SlingRepository repository = context.getService(SlingRepository.class);
        return (login, password) -> {
            try {
                repository.login(new javax.jcr.SimpleCredentials(login, password.toCharArray())).logout();
                return true;
            } catch (javax.jcr.LoginException e) {
                return false;
            }
        };
    }
}
