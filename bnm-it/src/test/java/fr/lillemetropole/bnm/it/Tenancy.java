package fr.lillemetropole.bnm.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/**
 * The tenants and accounts the tenancy tests share, created through the API as the MEL would:
 * the built-in admin creates a MEL admin, who creates two communes, a network and their accounts.
 */
final class Tenancy {

    static final String PASSWORD = "mot-de-passe-it-2022";
    static final String MEL_ADMIN = "it.admin";
    static final String INSTRUCTOR = "it.instructeur";
    static final String EDITOR = "it.editeur";
    static final String AGENT_A = "agent.a";
    static final String ELECTED_A = "elu.a";
    static final String AGENT_B = "agent.b";
    static final String AGENT_NETWORK = "agent.reseau";

    private Tenancy() {}

    static synchronized void ensure(Portal portal) throws Exception {
        created(portal.postJson("/bnm/api/v1/staff", "admin", Portal.ADMIN_PASSWORD, account(MEL_ADMIN, "admin")));
        created(portal.postJson("/bnm/api/v1/staff", MEL_ADMIN, PASSWORD, account(INSTRUCTOR, "instructor")));
        created(portal.postJson("/bnm/api/v1/staff", MEL_ADMIN, PASSWORD, account(EDITOR, "editor")));
        created(portal.postJson("/bnm/api/v1/tenants", MEL_ADMIN, PASSWORD,
                "{\"slug\":\"commune-a\",\"name\":\"Commune A\",\"kind\":\"commune\",\"memberCommunes\":[]}"));
        created(portal.postJson("/bnm/api/v1/tenants", MEL_ADMIN, PASSWORD,
                "{\"slug\":\"commune-b\",\"name\":\"Commune B\",\"kind\":\"commune\",\"memberCommunes\":[]}"));
        created(portal.postJson("/bnm/api/v1/tenants", MEL_ADMIN, PASSWORD,
                "{\"slug\":\"reseau-c\",\"name\":\"Réseau C\",\"kind\":\"network\","
                        + "\"memberCommunes\":[\"Comines\",\"Wervicq-Sud\"]}"));
        created(portal.postJson("/bnm/api/v1/tenants/commune-a/users", MEL_ADMIN, PASSWORD, account(AGENT_A, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/commune-a/users", MEL_ADMIN, PASSWORD,
                account(ELECTED_A, "elected")));
        created(portal.postJson("/bnm/api/v1/tenants/commune-b/users", MEL_ADMIN, PASSWORD, account(AGENT_B, "agent")));
        created(portal.postJson("/bnm/api/v1/tenants/reseau-c/users", MEL_ADMIN, PASSWORD,
                account(AGENT_NETWORK, "agent")));
    }

    static String account(String login, String role) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + login
                + " (IT)\",\"email\":\"" + login + "@example.org\",\"role\":\"" + role + "\"}";
    }

    /** 201, or 409 when a previous run on the same BNM_HOME created it already. */
    private static void created(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                response.statusCode() + " " + response.body());
    }
}
