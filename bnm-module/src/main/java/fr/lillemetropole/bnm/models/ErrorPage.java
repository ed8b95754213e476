package fr.lillemetropole.bnm.models;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The error page of the request being answered (404, 403, 405, 500…). Adapting the request sets
 * the response's status; API calls get their error in application/problem+json instead of a page.
 */
@ConsumerType
public interface ErrorPage {

    /** The HTTP status sent. */
    int getStatus();

    /** False when the answer was already written as JSON (API calls): the view shows nothing. */
    boolean isHtml();

    /** i18n key of the page's title. */
    String getTitleKey();

    /** i18n key of the explanation. */
    String getTextKey();

    /** For server errors: the reference also written in the log, e.g. "BNM-3F9A2C71"; null otherwise. */
    String getReference();

    /** Shows the login link: the visitor is anonymous and the page needs an account. */
    boolean isLoginSuggested();

    /** The login page, coming back to the requested address. */
    String getLoginUrl();
}
