package fr.lillemetropole.bnm.internal.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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
import fr.lillemetropole.bnm.internal.faq.FaqEditorial;
import fr.lillemetropole.bnm.internal.faq.FaqRecords;
import fr.lillemetropole.bnm.internal.text.FrenchDates;
import fr.lillemetropole.bnm.models.FaqEditorPage;

/** The page « Rédaction » of MEL editors and admins, read through {@link FaqEditorial} (which checks the role). */
@Model(adaptables = SlingHttpServletRequest.class, adapters = FaqEditorPage.class)
public class FaqEditorPageImpl implements FaqEditorPage {

    private static final Logger LOG = LoggerFactory.getLogger(FaqEditorPageImpl.class);
    private static final String API = "/bnm/api/v1/faq/entries/";

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private FaqEditorial faq;

    private boolean allowed;
    private final List<Category> categories = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    private Entry selected;
    private String pageUrl;

    record CategoryView(String getId, String getTitle, List<Entry> getEntries) implements Category {
    }

    record EntryView(String getId, String getQuestion, String getAnswer, String getTags, String getStatusLabel,
            boolean isPublished, boolean isChangesToPublish, String getUpdatedAt, String getUpdatedBy, String getUrl,
            String getAction, List<HistoryLine> getHistory) implements Entry {
    }

    record Line(String getAt, String getActor, String getAction) implements HistoryLine {
    }

    record ChoiceView(String getCode, String getLabel, boolean isSelected) implements Choice {
    }

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        pageUrl = request.getResource().getPath() + ".html";
        String chosen = request.getParameter("e");
        try {
            allowed = FaqEditorial.isEditor(session);
            if (!allowed) {
                return;
            }
            String chosenCategory = null;
            for (FaqRecords.EditorialCategory category : faq.list(session)) {
                List<Entry> entries = new ArrayList<>();
                for (FaqRecords.EditorialEntry entry : category.entries()) {
                    boolean isChosen = entry.id().equals(chosen);
                    List<HistoryLine> history = isChosen ? history(faq.history(session, entry.id())) : List.of();
                    Entry view = view(entry, history);
                    entries.add(view);
                    if (isChosen) {
                        selected = view;
                        chosenCategory = category.id();
                    }
                }
                categories.add(new CategoryView(category.id(), category.title(), entries));
            }
            for (Category category : categories) {
                choices.add(new ChoiceView(category.getId(), category.getTitle(),
                        category.getId().equals(chosenCategory)));
            }
        } catch (ForbiddenException | NotFoundException | RepositoryException e) {
            LOG.error("Cannot read the FAQ's editorial copy for {}", session.getUserID(), e);
        }
    }

    private Entry view(FaqRecords.EditorialEntry entry, List<HistoryLine> history) {
        return new EntryView(entry.id(), entry.question(), entry.answer(), String.join(", ", entry.tags()),
                text("bnm.faq.status." + entry.status()), "published".equals(entry.status()), entry.changesToPublish(),
                when(entry.updatedAt()), entry.updatedBy(), pageUrl + "?e=" + entry.id() + "#faq-edit",
                API + entry.id(), history);
    }

    private List<HistoryLine> history(List<FaqRecords.HistoryItem> items) {
        List<HistoryLine> lines = new ArrayList<>();
        for (FaqRecords.HistoryItem item : items) {
            String action = text("bnm.faq.history." + item.action());
            if (!item.changed().isEmpty()) {
                action += " (" + String.join(", ", item.changed().stream()
                        .map(field -> text("bnm.faq.field." + field)).toList()) + ")";
            }
            lines.add(new Line(when(item.at()), item.actor(), action));
        }
        return lines;
    }

    private static String when(String iso) {
        return iso == null ? "" : FrenchDates.format(Instant.parse(iso));
    }

    private String text(String key) {
        ResourceBundle bundle = request.getResourceBundle(null, Locale.FRENCH);
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    @Override
    public boolean isAllowed() {
        return allowed;
    }

    @Override
    public List<Category> getCategories() {
        return categories;
    }

    @Override
    public Entry getSelected() {
        return selected;
    }

    @Override
    public List<Choice> getCategoryChoices() {
        return choices;
    }

    @Override
    public String getPageUrl() {
        return pageUrl;
    }
}
