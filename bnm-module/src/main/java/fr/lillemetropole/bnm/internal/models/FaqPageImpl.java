package fr.lillemetropole.bnm.internal.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.faq.FaqPublic;
import fr.lillemetropole.bnm.internal.faq.FaqRecords;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.models.FaqPage;

/** The public FAQ page, read with the caller's own session (published entries only exist there for anonymous). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = FaqPage.class)
public class FaqPageImpl implements FaqPage {

    private static final Logger LOG = LoggerFactory.getLogger(FaqPageImpl.class);
    private static final int MAX_QUERY = 200;

    @Self
    private SlingHttpServletRequest request;

    private final List<Category> categories = new ArrayList<>();
    private List<Entry> results = List.of();
    private String query;

    record CategoryView(String getId, String getTitle, List<Entry> getEntries) implements Category {
    }

    record EntryView(String getId, String getQuestion, String getAnswer, String getUpdatedAt) implements Entry {
    }

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        String q = request.getParameter("q");
        query = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(MAX_QUERY, q.strip().length()));
        try {
            for (FaqRecords.PublicCategory category : FaqPublic.read(session).categories()) {
                categories.add(new CategoryView(category.id(), category.title(),
                        category.entries().stream().map(FaqPageImpl::view).toList()));
            }
            if (query != null) {
                results = FaqPublic.search(session, query).stream().map(FaqPageImpl::view).toList();
            }
        } catch (RepositoryException e) {
            LOG.error("Cannot read the FAQ", e);
        }
    }

    static Entry view(FaqRecords.PublicEntry entry) {
        String when = entry.updatedAt() == null ? "" : FrenchDates.format(Instant.parse(entry.updatedAt()));
        return new EntryView(entry.id(), entry.question(), entry.answer(), when);
    }

    @Override
    public List<Category> getCategories() {
        return categories;
    }

    @Override
    public String getQuery() {
        return query;
    }

    @Override
    public boolean isSearched() {
        return query != null;
    }

    @Override
    public List<Entry> getResults() {
        return results;
    }
}
