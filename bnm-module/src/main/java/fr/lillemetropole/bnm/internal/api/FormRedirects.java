package fr.lillemetropole.bnm.internal.api;

/** Where a form posted from the portal may be sent back: only to a page of the portal (no open redirect). */
public final class FormRedirects {

    static final String PORTAL_PAGES = "/content/bnm/";

    private FormRedirects() {
    }

    /** Whether {@code path} is a page of the portal: under /content/bnm/, no "..", "//" nor backslash. */
    public static boolean isPortalPage(String path) {
        return path != null && path.startsWith(PORTAL_PAGES) && !path.contains("//") && !path.contains("\\")
                && !path.contains("..");
    }
}
