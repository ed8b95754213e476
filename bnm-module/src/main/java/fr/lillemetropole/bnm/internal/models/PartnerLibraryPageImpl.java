package fr.lillemetropole.bnm.internal.models;

import javax.annotation.PostConstruct;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.internal.directory.Directory;
import fr.lillemetropole.bnm.internal.directory.PublicLibrary;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.LibraryDirectory;
import fr.lillemetropole.bnm.models.PartnerLibraryPage;

/** One partner library's page, from its public node, read with the caller's session. */
@Model(adaptables = SlingHttpServletRequest.class, adapters = PartnerLibraryPage.class)
public class PartnerLibraryPageImpl implements PartnerLibraryPage {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerLibraryPageImpl.class);

    @Self
    private SlingHttpServletRequest request;

    private LibraryDirectory.Library library;
    private boolean editor;

    @PostConstruct
    void init() {
        Node node = request.getResource().adaptTo(Node.class);
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            if (node != null) {
                PublicLibrary read = Directory.library(node);
                library = new LibraryView(read, Texts.french(request));
            }
            editor = session != null && Directory.mayCorrect(session);
        } catch (RepositoryException e) {
            LOG.error("The library {} could not be read", request.getResource().getPath(), e);
        }
    }

    @Override
    public LibraryDirectory.Library getLibrary() {
        return library;
    }

    @Override
    public boolean isEditor() {
        return editor;
    }

    @Override
    public String getUrl() {
        return request.getResource().getPath() + ".html";
    }

    @Override
    public String getDirectoryUrl() {
        return request.getResource().getParent() == null ? "/content/bnm/bibliotheques.html"
                : request.getResource().getParent().getPath() + ".html";
    }
}
