package fr.lillemetropole.bnm.api.campaign;

import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.annotation.versioning.ProviderType;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;

/**
 * AMI campaigns, stored under /var/bnm/campaigns. Every portal account reads them; MEL admins create
 * and edit them (the portal writes for them, after checking their group). The OSGi configurations of
 * campaigns only create a campaign that is missing.
 */
@ProviderType
public interface Campaigns {

    /** Every campaign the caller may read, newest year first. */
    List<Campaign> list(Session caller) throws RepositoryException;

    Campaign get(Session caller, String id) throws NotFoundException, RepositoryException;

    /** MEL admins only; a campaign of that id exists already: 409. */
    Campaign create(Session caller, CampaignInput input)
            throws InvalidRequestException, ConflictException, ForbiddenException, RepositoryException;

    /** MEL admins only: title, status and dates (see {@link CampaignInput}). */
    Campaign update(Session caller, String id, CampaignInput input)
            throws InvalidRequestException, ForbiddenException, NotFoundException, RepositoryException;

    /**
     * Whether dossiers of the campaign may be created now: it is open, and now is within
     * [opensAt, closesAt] for the dates it has. False for a campaign that does not exist.
     */
    boolean acceptsDossiers(Session caller, String id) throws RepositoryException;

    /**
     * MEL instructors and admins: the active communes and networks whose dossier for the campaign is
     * not filed (not started, draft, or returned to them), by name, with the days left before closing.
     */
    List<Reminder> reminders(Session caller, String id)
            throws ForbiddenException, NotFoundException, RepositoryException;
}
