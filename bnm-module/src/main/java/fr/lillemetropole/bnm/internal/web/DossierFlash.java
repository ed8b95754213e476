package fr.lillemetropole.bnm.internal.web;

import java.io.Serializable;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import fr.lillemetropole.bnm.api.FieldError;

/**
 * What a refused form post leaves for the next page view, so that nothing typed is lost: the
 * document as submitted (JSON) and its errors, or the version that won a conflict. Kept in the
 * HTTP session for one view.
 */
public record DossierFlash(String campaign, String tenant, String section, String document, List<String[]> errors,
        String conflict) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "bnm.dossier.flash";

    public static DossierFlash of(String campaign, String tenant, String section, String document,
            List<FieldError> errors, String conflict) {
        return new DossierFlash(campaign, tenant, section, document,
                errors.stream().map(e -> new String[] {e.rule(), e.pointer(), e.message()}).toList(), conflict);
    }

    public void store(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    /** Takes the flash left for this page, if any (it is shown once). */
    public static DossierFlash take(HttpServletRequest request, String campaign, String tenant, String section) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof DossierFlash flash)) {
            return null;
        }
        session.removeAttribute(ATTRIBUTE);
        return flash.campaign.equals(campaign) && flash.tenant.equals(tenant) && flash.section.equals(section)
                ? flash : null;
    }

    public List<FieldError> fieldErrors() {
        return errors.stream().map(e -> new FieldError(e[0], e[1], e[2])).toList();
    }
}
