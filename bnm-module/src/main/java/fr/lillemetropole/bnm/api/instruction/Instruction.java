package fr.lillemetropole.bnm.api.instruction;

import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.dossier.PreconditionException;

/**
 * The MEL instructors' side of a campaign: the queue, the moves of a filed dossier (in review,
 * accepted, rejected, returned for correction), private notes and messages to the commune. Every
 * action is journalled in the tenant's history.
 */
@ProviderType
public interface Instruction {

    QueuePage queue(Session caller, String campaign, QueueQuery query) throws ForbiddenException, NotFoundException,
            RepositoryException;

    /**
     * Moves the dossier to {@code to}; « returned » and « rejected » need a comment (400 without);
     * a move the status does not allow is a 409 naming the allowed ones; {@code ifMatch} (optional):
     * the dossier's version the instructor saw (412 when stale).
     */
    StatusChange transition(Session caller, String campaign, String tenant, String to, String comment,
            String ifMatch) throws InvalidRequestException, ConflictException, PreconditionException,
            ForbiddenException, NotFoundException, RepositoryException;

    /** Assigns the dossier to the calling instructor. */
    QueueItem assignToMe(Session caller, String campaign, String tenant) throws ConflictException, ForbiddenException,
            NotFoundException, RepositoryException;

    /** Gives a dossier not filed in time a deadline of its own (after the campaign's closing), with a comment. */
    void reopen(Session caller, String campaign, String tenant, String deadline, String comment)
            throws InvalidRequestException, ConflictException, ForbiddenException, NotFoundException,
            RepositoryException;

    /** Private notes (instructors and MEL admins only: the repository refuses them to anyone else). */
    List<Entry> notes(Session caller, String campaign, String tenant) throws ForbiddenException, NotFoundException,
            RepositoryException;

    Entry addNote(Session caller, String campaign, String tenant, String text) throws InvalidRequestException,
            ForbiddenException, NotFoundException, RepositoryException;

    /** Messages from the MEL to the commune (the commune reads them in its area). */
    List<Entry> messages(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException;

    Entry addMessage(Session caller, String campaign, String tenant, String text) throws InvalidRequestException,
            ForbiddenException, NotFoundException, RepositoryException;

    /** Every filing of the dossier, the first first. */
    List<Filing> filings(Session caller, String campaign, String tenant) throws NotFoundException,
            RepositoryException;

    /** The document of filing {@code number} as it was filed. */
    JsonNode filedVersion(Session caller, String campaign, String tenant, int number) throws NotFoundException,
            RepositoryException;

    /** What changed between the two last filings (empty before a second filing). */
    List<FieldChange> changesSincePreviousFiling(Session caller, String campaign, String tenant)
            throws NotFoundException, RepositoryException;
}
