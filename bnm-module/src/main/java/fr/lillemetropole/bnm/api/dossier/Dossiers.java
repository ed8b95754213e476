package fr.lillemetropole.bnm.api.dossier;

import java.util.List;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.annotation.versioning.ProviderType;

import com.fasterxml.jackson.databind.JsonNode;

import fr.lillemetropole.bnm.api.ConflictException;
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
            RepositoryException;

    StatusReport status(Session caller, String campaign, String tenant) throws NotFoundException, RepositoryException;

    /** The elected official of the tenant validates and signs the current version. */
    Signature sign(Session caller, String campaign, String tenant)
            throws ForbiddenException, ConflictException, NotFoundException, RepositoryException;

    /** Files the dossier: every rule checked, then status submitted and a receipt. */
    Receipt submit(Session caller, String campaign, String tenant) throws IncompleteException, ConflictException,
            ForbiddenException, NotFoundException, RepositoryException;
}
