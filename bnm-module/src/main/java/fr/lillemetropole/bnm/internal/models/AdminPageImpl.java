package fr.lillemetropole.bnm.internal.models;

import java.util.List;

import javax.annotation.PostConstruct;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.models.AdminPage;

/** The MEL admins' page, read with the caller's session. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = AdminPage.class)
public class AdminPageImpl implements AdminPage {

    private static final Logger LOG = LoggerFactory.getLogger(AdminPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Accounts accounts;

    private boolean allowed;
    private List<Tenant> tenants = List.of();
    private List<Account> accountList = List.of();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            accountList = accounts.accounts(session);
            tenants = accounts.tenants(session);
            allowed = true;
        } catch (ForbiddenException e) {
            allowed = false;
        } catch (RepositoryException e) {
            LOG.error("Cannot read tenants and accounts", e);
        }
    }

    @Override
    public boolean isAllowed() {
        return allowed;
    }

    @Override
    public List<Tenant> getTenants() {
        return tenants;
    }

    @Override
    public List<Account> getAccounts() {
        return accountList;
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
