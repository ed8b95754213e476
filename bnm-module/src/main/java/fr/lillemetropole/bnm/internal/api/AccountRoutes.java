package fr.lillemetropole.bnm.internal.api;

import static fr.lillemetropole.bnm.internal.api.Outcome.created;
import static fr.lillemetropole.bnm.internal.api.Outcome.ok;

import java.util.List;
import java.util.Map;

import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.NewAccount;
import fr.lillemetropole.bnm.api.account.NewTenant;

/** Tenants and accounts routes of the API (listed, with who may call them, in {@link AccountsApiServlet}). */
final class AccountRoutes implements ApiRoutes {

    private final Accounts accounts;

    AccountRoutes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/me", call -> ok(accounts.me(call.session()))),
                Route.post("/me/password", this::changeOwnPassword),
                Route.post("/me/profile", this::updateOwnProfile),
                Route.get("/tenants", call -> ok(accounts.tenants(call.session()))),
                Route.post("/tenants", call -> created(accounts.createTenant(call.session(),
                        call.body(NewTenant.class)), "La commune ou le réseau a été créé.")),
                Route.get("/tenants/{slug}", call -> ok(accounts.tenant(call.session(), call.var("slug")))),
                Route.post("/tenants/{slug}/users", call -> created(accounts.createTenantAccount(call.session(),
                        call.var("slug"), call.body(NewAccount.class)), "Le compte a été créé.")),
                Route.post("/tenants/{slug}/members", this::addMember),
                Route.post("/tenants/{slug}/status", this::setTenantStatus),
                Route.post("/staff", call -> created(accounts.createStaffAccount(call.session(),
                        call.body(NewAccount.class)), "Le compte a été créé.")),
                Route.get("/users", call -> ok(accounts.accounts(call.session()))),
                Route.post("/users/{login}/password", this::resetPassword),
                Route.post("/users/{login}/disable", this::disable),
                Route.post("/users/{login}/enable", this::enable));
    }

    private Outcome changeOwnPassword(ApiRequest call) throws Exception {
        OwnPassword change = call.body(OwnPassword.class);
        accounts.changeOwnPassword(call.session(), change.currentPassword(), change.password());
        return new Outcome(200, Map.of("login", call.session().getUserID()),
                "Votre mot de passe a été changé : reconnectez-vous avec le nouveau.");
    }

    private Outcome updateOwnProfile(ApiRequest call) throws Exception {
        OwnProfile profile = call.body(OwnProfile.class);
        return new Outcome(200, accounts.updateOwnProfile(call.session(), profile.displayName(),
                profile.email()), "Votre profil a été enregistré.");
    }

    private Outcome addMember(ApiRequest call) throws Exception {
        Member member = call.body(Member.class);
        return new Outcome(200, accounts.addTenantMember(call.session(), call.var("slug"), member.login(),
                member.role()), "Le compte a été ajouté.");
    }

    private Outcome setTenantStatus(ApiRequest call) throws Exception {
        TenantStatus status = call.body(TenantStatus.class);
        return new Outcome(200, accounts.setTenantStatus(call.session(), call.var("slug"), status.status()),
                "Le statut de l'espace a été changé.");
    }

    private Outcome resetPassword(ApiRequest call) throws Exception {
        String login = call.var("login");
        accounts.resetPassword(call.session(), login, call.body(PasswordChange.class).password());
        return new Outcome(200, Map.of("login", login), "Le mot de passe a été changé.");
    }

    private Outcome disable(ApiRequest call) throws Exception {
        String login = call.var("login");
        Reason reason = call.isForm() || call.request.getContentLength() > 0 ? call.body(Reason.class) : null;
        String text = reason == null || reason.reason() == null || reason.reason().isBlank()
                ? "Désactivé par " + call.session().getUserID() : reason.reason();
        accounts.setDisabled(call.session(), login, text);
        return new Outcome(200, Map.of("login", login, "disabled", true), "Le compte a été désactivé.");
    }

    private Outcome enable(ApiRequest call) throws Exception {
        String login = call.var("login");
        accounts.setDisabled(call.session(), login, null);
        return new Outcome(200, Map.of("login", login, "disabled", false), "Le compte a été réactivé.");
    }

    /** Body of POST /users/{login}/password. */
    public record PasswordChange(String password) {
    }

    /** Body of POST /me/password. */
    public record OwnPassword(String currentPassword, String password) {
    }

    /** Body of POST /me/profile. */
    public record OwnProfile(String displayName, String email) {
    }

    /** Body of POST /tenants/{slug}/status. */
    public record TenantStatus(String status) {
    }

    /** Body of POST /tenants/{slug}/members. */
    public record Member(String login, String role) {
    }

    /** Body of POST /users/{login}/disable. */
    public record Reason(String reason) {
    }
}
