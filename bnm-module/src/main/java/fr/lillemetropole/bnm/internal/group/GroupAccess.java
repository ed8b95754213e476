package fr.lillemetropole.bnm.internal.group;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.account.Roles;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** Who may read the members-only part (portal accounts) and who may edit the groups (MEL editors, admins). */
final class GroupAccess {

    static final String PAGES = BnmPaths.CONTENT_ROOT + "/groupes-de-travail";
    static final String AREAS = BnmPaths.DATA_ROOT + "/groups";
    private static final String SUPERUSER = "admin";

    private GroupAccess() {
    }

    /** True for a portal account: the repository lets bnm-users, and no one else, read the groups' area. */
    static boolean isAccount(Session caller) throws RepositoryException {
        return SUPERUSER.equals(caller.getUserID()) || caller.nodeExists(AREAS);
    }

    static boolean isEditor(Session caller) throws RepositoryException {
        return SUPERUSER.equals(caller.getUserID()) || Roles.callerIn(caller, BnmPaths.GROUP_EDITORS)
                || Roles.callerIn(caller, BnmPaths.GROUP_ADMINS);
    }

    static void requireAccount(Session caller) throws ForbiddenException, RepositoryException {
        if (!isAccount(caller)) {
            throw new ForbiddenException("Les membres, réunions et documents des groupes de travail sont réservés aux "
                    + "comptes du portail : connectez-vous.");
        }
    }

    static void requireEditor(Session caller) throws ForbiddenException, RepositoryException {
        if (!isEditor(caller)) {
            throw new ForbiddenException("Seuls les éditeurs et les administrateurs de la MEL modifient les groupes "
                    + "de travail.");
        }
    }

    /** The group's slug, checked: a page of the groups' list (404 otherwise). */
    static String requireGroup(Session caller, String slug) throws NotFoundException, RepositoryException {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || !caller.nodeExists(PAGES + "/" + slug)
                || !caller.getNode(PAGES + "/" + slug).isNodeType(JcrNames.WORKING_GROUP_TYPE)) {
            throw new NotFoundException("Ce groupe de travail n'existe pas.");
        }
        return slug;
    }
}
