package fr.lillemetropole.bnm.internal.models;

import javax.annotation.PostConstruct;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.jackrabbit.api.security.user.Authorizable;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Me;
import fr.lillemetropole.bnm.internal.account.Profiles;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.models.AccountPage;

/** « Mon compte », read with the caller's own session. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = AccountPage.class)
public class AccountPageImpl implements AccountPage {

    private static final Logger LOG = LoggerFactory.getLogger(AccountPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Accounts accounts;

    private boolean portalAccount;
    private String login;
    private String displayName;
    private String email;

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            Me me = accounts.me(session);
            login = me.login();
            displayName = me.displayName();
            portalAccount = !me.roles().isEmpty();
            Authorizable account = ((JackrabbitSession) session).getUserManager().getAuthorizable(me.login());
            email = account == null ? null : Profiles.email(account);
        } catch (RepositoryException e) {
            LOG.error("Cannot read the account of {}", session.getUserID(), e);
        }
    }

    @Override
    public boolean isPortalAccount() {
        return portalAccount;
    }

    @Override
    public String getLogin() {
        return login;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String getOk() {
        return Flash.text(request, Flash.Kind.OK);
    }

    @Override
    public String getError() {
        return Flash.text(request, Flash.Kind.ERROR);
    }
}
