package fr.lillemetropole.bnm.api.dossier;

import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;

/** AMI dossiers, read and written in the caller's own session (a commune sees its own only). */
@ProviderType
public interface Dossiers {

    List<DossierSummary> list(Session caller, String campaign) throws NotFoundException, RepositoryException;

    DossierVersion get(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException;

    /** Saves a draft (whole document); {@code ifMatch} is required once the dossier exists. */
    SaveResult save(Session caller, String campaign, String tenant, JsonNode document, String ifMatch)
            throws InvalidRequestException, PreconditionException, ConflictException, NotFoundException,
            ForbiddenException, RepositoryException;

    /**
     * Saves one page of the form (the parts at the JSON pointers {@code scope}): every value the
     * schema accepts is stored, each refused one is kept as typed with its error (see
     * {@link #pending}) and listed in {@link SaveResult#refused()}. A version older than the stored
     * one keeps the page's differing fields as pending, with the stored value in their message, and
     * answers 412.
     */
    SaveResult saveDraft(Session caller, String campaign, String tenant, ObjectNode document, List<String> scope,
            String ifMatch) throws InvalidRequestException, PreconditionException, ConflictException,
            NotFoundException, ForbiddenException, RepositoryException;

    /** The form's refused values, kept as typed until their field is saved again. */
    List<PendingValue> pending(Session caller, String campaign, String tenant) throws RepositoryException;

    /** Adds an empty library to VOLET 1 (a network has one per library). */
    SaveResult addLibrary(Session caller, String campaign, String tenant, String ifMatch) throws Exception;

    /** Removes library {@code index} (the dossier keeps at least one). */
    SaveResult removeLibrary(Session caller, String campaign, String tenant, int index, String ifMatch)
            throws Exception;

    /** Moves library {@code index} up (-1) or down (+1). */
    SaveResult moveLibrary(Session caller, String campaign, String tenant, int index, int offset, String ifMatch)
            throws Exception;

    /** Replaces the draft by an imported JSON document (the campaign is set; refused as a whole if invalid). */
    SaveResult importDocument(Session caller, String campaign, String tenant, JsonNode document) throws Exception;

    /**
     * Starts the dossier of {@code campaign} as a copy of the tenant's last filed dossier of an earlier
     * campaign (figures of the data year emptied, signature cleared). 404 when there is none; 409 when
     * the dossier exists already.
     */
    SaveResult startFromPrevious(Session caller, String campaign, String tenant) throws Exception;

    /** The campaign of the tenant's last filed dossier before {@code campaign}, or null. */
    String previousFiled(Session caller, String campaign, String tenant) throws RepositoryException;

    StatusReport status(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException;

    /** The elected official of the tenant validates and signs the current version. */
    Signature sign(Session caller, String campaign, String tenant)
            throws ForbiddenException, ConflictException, NotFoundException, RepositoryException;

    /** The latest signature of the dossier (valid when it signed the current version), or null. */
    Signature signature(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException;

    /** The receipt of a filed dossier, or null while it is not filed. */
    Receipt receipt(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException;

    /** Every schema error and broken rule of a document in normal form (a draft's "what is missing"). */
    List<FieldError> check(JsonNode normalDocument);

    /** A new dossier's document: every key of the schema, one empty library, three empty objectives. */
    ObjectNode blank(String campaign);

    /** Files the dossier: every rule checked, then status submitted and a receipt. */
    Receipt submit(Session caller, String campaign, String tenant) throws IncompleteException, ConflictException,
            ForbiddenException, NotFoundException, RepositoryException;

    /**
     * Recomputes the SHA-256 of the stored filed version and compares it with the receipt and the
     * journal's filing entry: says whether the dossier changed behind the portal's back.
     */
    ReceiptCheck verify(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException;

    /** Whether the caller may change the dossier's draft now (its commune's agent or elected official, not filed). */
    boolean canEdit(Session caller, String campaign, String tenant) throws RepositoryException;

    /** Whether the caller may sign the dossier now: the tenant's own elected official, dossier not filed. */
    boolean canSign(Session caller, String campaign, String tenant) throws RepositoryException;
}
