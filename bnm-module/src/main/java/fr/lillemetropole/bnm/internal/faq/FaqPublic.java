package fr.lillemetropole.bnm.internal.faq;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;

import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicCategory;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicEntry;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicFaq;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/**
 * The published FAQ, read in the caller's own session (anonymous reads /content/bnm only): by category, and
 * searched in full text through the bnmFaq index (French analysis) with a bound search expression.
 */
public final class FaqPublic {

    static final int MAX_WORDS = 8;
    static final int MAX_HITS = 50;
    private static final String SEARCH = "SELECT * FROM [" + JcrNames.FAQ_ENTRY_TYPE + "] AS e WHERE ISDESCENDANTNODE(e, '"
            + FaqNodes.PUBLIC + "') AND CONTAINS(e.*, $q) ORDER BY [jcr:score] DESC OPTION(INDEX NAME bnmFaq)";

    private FaqPublic() {}

    public static PublicFaq read(Session caller) throws RepositoryException {
        List<PublicCategory> categories = new ArrayList<>();
        if (caller.nodeExists(FaqNodes.PUBLIC)) {
            for (Node category : FaqNodes.children(caller.getNode(FaqNodes.PUBLIC))) {
                if (!category.isNodeType(JcrNames.FAQ_CATEGORY_TYPE)) {
                    continue;
                }
                List<PublicEntry> entries = new ArrayList<>();
                for (Node entry : FaqNodes.children(category)) {
                    if (entry.isNodeType(JcrNames.FAQ_ENTRY_TYPE)
                            && FaqNodes.PUBLISHED.equals(FaqNodes.string(entry, JcrNames.STATUS))) {
                        entries.add(FaqNodes.published(entry));
                    }
                }
                if (!entries.isEmpty()) {
                    categories.add(new PublicCategory(category.getName(), FaqNodes.string(category, FaqNodes.TITLE),
                            entries));
                }
            }
        }
        return new PublicFaq(categories);
    }

    /** The published entries matching every word of {@code text}, best first (none for no word). */
    public static List<PublicEntry> search(Session caller, String text) throws RepositoryException {
        String expression = expression(text);
        if (expression.isEmpty()) {
            return List.of();
        }
        QueryManager queries = caller.getWorkspace().getQueryManager();
        Query query = queries.createQuery(SEARCH, Query.JCR_SQL2);
        query.bindValue("q", caller.getValueFactory().createValue(expression));
        query.setLimit(MAX_HITS);
        List<PublicEntry> hits = new ArrayList<>();
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext();) {
            Node entry = nodes.nextNode();
            if (FaqNodes.PUBLISHED.equals(FaqNodes.string(entry, JcrNames.STATUS))) {
                hits.add(FaqNodes.published(entry));
            }
        }
        return hits;
    }

    /** The words of the search (letters and digits only: no operator of the full-text syntax), all required. */
    static String expression(String text) {
        if (text == null) {
            return "";
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.FRENCH).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1 && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }
}
