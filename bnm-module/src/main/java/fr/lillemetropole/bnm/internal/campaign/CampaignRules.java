package fr.lillemetropole.bnm.internal.campaign;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.api.campaign.CampaignInput;
import fr.lillemetropole.bnm.api.campaign.CampaignStatus;
import fr.lillemetropole.bnm.internal.text.FrenchDates;

/** Checks a campaign typed by a MEL admin; every error in French, naming its field. */
final class CampaignRules {

    static final int MAX_TITLE = 200;

    /** A campaign's values once checked. */
    record Values(String id, String title, int year, CampaignStatus status, ZonedDateTime opensAt,
            ZonedDateTime closesAt) {
    }

    private CampaignRules() {}

    /**
     * The values of {@code input} for a new campaign ({@code current} null) or for {@code current}:
     * its id then stays, and an absent status keeps its own.
     */
    static Values check(CampaignInput input, Campaign current) throws InvalidRequestException {
        if (input == null) {
            throw new InvalidRequestException(FieldError.schema("", "Le corps de la requête est vide."));
        }
        List<FieldError> errors = new ArrayList<>();
        String id = current == null ? trim(input.id()) : current.id();
        OptionalInt year = CampaignIds.year(id);
        if (current == null && id == null) {
            errors.add(FieldError.schema("/id", "L'identifiant de la campagne est obligatoire."));
        } else if (current == null && year.isEmpty()) {
            errors.add(FieldError.schema("/id", "L'identifiant s'écrit en lettres minuscules sans accent, chiffres et "
                    + "tirets, et finit par l'année sur quatre chiffres (par exemple « ami-bnm-2023 »)."));
        } else if (current != null && trim(input.id()) != null && !current.id().equals(trim(input.id()))) {
            errors.add(FieldError.schema("/id", "L'identifiant d'une campagne ne change pas : créez plutôt une "
                    + "nouvelle campagne."));
        }
        if (input.year() != null && year.isPresent() && input.year() != year.getAsInt()) {
            errors.add(FieldError.schema("/year", "L'année de la campagne est celle qui termine son identifiant ("
                    + year.getAsInt() + ")."));
        }
        String title = trim(input.title());
        if (title == null) {
            errors.add(FieldError.schema("/title", "Le titre de la campagne est obligatoire."));
        } else if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            errors.add(FieldError.schema("/title", "Le titre compte au plus " + MAX_TITLE + " caractères."));
        }
        CampaignStatus status = status(input.status(), current, errors);
        ZonedDateTime opensAt = time(input.opensAt(), false, "/opensAt", "La date d'ouverture", errors);
        ZonedDateTime closesAt = time(input.closesAt(), true, "/closesAt", "La date de clôture", errors);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.add(FieldError.schema("/closesAt", "La clôture doit venir après l'ouverture (le "
                    + FrenchDates.format(opensAt.toInstant()) + ")."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Values(id, title, year.getAsInt(), status, opensAt, closesAt);
    }

    private static CampaignStatus status(String code, Campaign current, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return current == null ? CampaignStatus.DRAFT
                    : CampaignStatus.of(current.status()).orElse(CampaignStatus.DRAFT);
        }
        return CampaignStatus.of(code.strip()).orElseGet(() -> {
            errors.add(FieldError.schema("/status", "Le statut est l'un de : Brouillon, Ouverte, Clôturée, Archivée."));
            return null;
        });
    }

    private static ZonedDateTime time(String text, boolean closing, String pointer, String name,
            List<FieldError> errors) {
        try {
            return CampaignTimes.parse(text, closing);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.schema(pointer, name + " n'est pas une date et une heure valides "
                    + "(par exemple 01/06/2023 à 09:00)."));
            return null;
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
