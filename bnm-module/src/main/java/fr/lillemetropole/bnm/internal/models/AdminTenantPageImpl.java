package fr.lillemetropole.bnm.internal.models;

import java.util.Comparator;
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
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.account.Account;
import fr.lillemetropole.bnm.api.account.Accounts;
import fr.lillemetropole.bnm.api.account.Tenant;
import fr.lillemetropole.bnm.internal.flash.Flash;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.AdminTenantPage;
import fr.lillemetropole.bnm.models.CommuneArea;

/** One tenant's administration page, read with the caller's session (MEL admins only). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = AdminTenantPage.class)
public class AdminTenantPageImpl implements AdminTenantPage {

    static final String PATH = "/content/bnm/administration/espace.html";
    private static final Logger LOG = LoggerFactory.getLogger(AdminTenantPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Accounts accounts;

    private boolean allowed;
    private Tenant tenant;
    private CommuneArea.Area area;
    private List<Account> members = List.of();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        String slug = request.getParameter("t");
        try {
            List<Account> all = accounts.accounts(session);
            allowed = true;
            if (slug == null || slug.isBlank()) {
                return;
            }
            tenant = accounts.tenant(session, slug.trim());
            members = all.stream().filter(a -> a.tenants().contains(tenant.slug()))
                    .sorted(Comparator.comparing(Account::login)).toList();
            area = CommuneAreaImpl.area(session, tenant, Texts.french(request));
        } catch (ForbiddenException e) {
            allowed = false;
        } catch (NotFoundException e) {
            tenant = null;
        } catch (RepositoryException e) {
            LOG.error("Cannot read the tenant {}", slug, e);
        }
    }

    @Override
    public boolean isAllowed() {
        return allowed;
    }

    @Override
    public Tenant getTenant() {
        return tenant;
    }

    @Override
    public CommuneArea.Area getArea() {
        return area;
    }

    @Override
    public List<Account> getAccounts() {
        return members;
    }

    @Override
    public String getUrl() {
        return tenant == null ? AdminPageImpl.PATH : PATH + "?t=" + tenant.slug();
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
