package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** A page of the portal, as the page shell (header, navigation, footer) shows it. */
@ConsumerType
public interface Page {

    /** The page's own title ({@code jcr:title}), or the site's name on the home page. */
    String getTitle();

    /** The browser title: "page — site", or the site's name alone on the home page. */
    String getDocumentTitle();

    /** The site's name. */
    String getSiteTitle();

    /** The link to the home page. */
    String getHomeUrl();

    /** The main navigation, in order, with the current section marked. */
    List<NavigationItem> getNavigation();

    /** Who is looking at the page. */
    CurrentUser getUser();

    /** The login page, coming back to this page afterwards. */
    String getLoginUrl();

    /** Logs out, then back to the home page. */
    String getLogoutUrl();
}
