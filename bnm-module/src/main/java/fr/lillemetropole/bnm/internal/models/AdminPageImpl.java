package fr.lillemetropole.bnm.internal.models;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/** The MEL admins' page, read with the caller's session: one page of a searched, filtered list. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = AdminPage.class)
public class AdminPageImpl implements AdminPage {

    static final int PAGE_SIZE = 25;
    static final String PATH = "/content/bnm/administration.html";
    private static final Logger LOG = LoggerFactory.getLogger(AdminPageImpl.class);
    private static final Set<String> KINDS = Set.of("commune", "network");
    private static final Set<String> STATUSES = Set.of("active", "archived");
    private static final Set<String> ROLES = Set.of("agent", "elected", "instructor", "editor", "admin");

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private Accounts accounts;

    private boolean allowed;
    private boolean accountsView;
    private String query = "";
    private String kind = "";
    private String status = "";
    private String role = "";
    private int page = 1;
    private int total;
    private List<Tenant> tenants = List.of();
    private List<Account> accountList = List.of();

    @PostConstruct
    void init() {
        accountsView = "comptes".equals(request.getParameter("vue"));
        query = param("q", null);
        kind = param("type", KINDS);
        status = param("statut", STATUSES);
        role = param("role", ROLES);
        page = pageNumber(request.getParameter("page"));
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            if (accountsView) {
                List<Account> found = AdminFilters.accounts(accounts.accounts(session), query, role);
                total = found.size();
                accountList = slice(found);
            } else {
                accounts.accounts(session); // only MEL admins may list accounts: the page's gate
                List<Tenant> found = AdminFilters.tenants(accounts.tenants(session), query, kind, status);
                total = found.size();
                tenants = slice(found);
            }
            allowed = true;
        } catch (ForbiddenException e) {
            allowed = false;
        } catch (RepositoryException e) {
            LOG.error("Cannot read tenants and accounts", e);
        }
    }

    private String param(String name, Set<String> allowedValues) {
        String value = request.getParameter(name);
        if (value == null) {
            return "";
        }
        value = value.trim();
        return allowedValues == null || allowedValues.contains(value) ? value : "";
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private <T> List<T> slice(List<T> all) {
        int last = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(page, last);
        int from = (page - 1) * PAGE_SIZE;
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    @Override
    public List<PageLink> getPages() {
        int last = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        List<PageLink> links = new ArrayList<>();
        if (last <= 1) {
            return links;
        }
        for (int number = 1; number <= last; number++) {
            links.add(new PageLink(number, href(number), number == page));
        }
        return links;
    }

    private String href(int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("vue", accountsView ? "comptes" : "espaces");
        params.put("q", query);
        if (accountsView) {
            params.put("role", role);
        } else {
            params.put("type", kind);
            params.put("statut", status);
        }
        params.put("page", Integer.toString(number));
        StringBuilder href = new StringBuilder(PATH);
        char separator = '?';
        for (Map.Entry<String, String> entry : params.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                href.append(separator).append(entry.getKey()).append('=')
                        .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }

    @Override
    public boolean isAllowed() {
        return allowed;
    }

    @Override
    public boolean isAccountsView() {
        return accountsView;
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
    public int getTotal() {
        return total;
    }

    @Override
    public String getQuery() {
        return query;
    }

    @Override
    public String getKind() {
        return kind;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public String getRole() {
        return role;
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
