package fr.lillemetropole.bnm.internal.group;

import java.util.List;
import java.util.Map;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.lillemetropole.bnm.api.ConflictException;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.repository.ServiceSessions;

/**
 * The working groups. Public part (anyone): title, description, time commitment. Members-only part
 * (portal accounts: communes and MEL staff): members derived from the filed dossiers, meetings,
 * documents. Editing (MEL editors and admins): the public texts with the caller's session, meetings
 * and documents through the bnm-groups service user once the caller's role is checked here.
 */
@Component(service = WorkingGroups.class)
public class WorkingGroups {

    @Reference
    private ServiceSessions services;

    public WorkingGroups() {
    }

    /** Outside OSGi (tests). */
    public WorkingGroups(ServiceSessions services) {
        this.services = services;
    }

    /** Every group, in the order of the list page. */
    public List<GroupData.Group> list(Session caller) throws RepositoryException {
        return GroupPages.list(caller);
    }

    /** Whether the caller may edit the groups (the pages show the forms to them only). */
    public boolean canEdit(Session caller) throws RepositoryException {
        return GroupAccess.isEditor(caller);
    }

    /** Whether the caller may read the members-only part. */
    public boolean canReadMembers(Session caller) throws RepositoryException {
        return GroupAccess.isAccount(caller);
    }

    /** The group with its members, meetings and documents (403 for anonymous callers). */
    public GroupData.GroupDetail detail(Session caller, String slug) throws ForbiddenException, NotFoundException,
            RepositoryException {
        GroupAccess.requireAccount(caller);
        GroupAccess.requireGroup(caller, slug);
        GroupData.Group group = GroupPages.group(caller.getNode(GroupAccess.PAGES + "/" + slug));
        List<GroupMembers.Member> members = group.code() == null ? List.of()
                : members().getOrDefault(group.code(), List.of());
        return new GroupData.GroupDetail(group, members, GroupMeetings.list(caller, slug),
                GroupDocuments.list(caller, slug));
    }

    /** Group code → members, read with the service user (a commune cannot read the other communes' dossiers). */
    Map<String, List<GroupMembers.Member>> members() throws RepositoryException {
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            return GroupMembers.byGroup(handle.session());
        }
    }

    public GroupData.Group create(Session caller, GroupData.GroupInput input) throws ForbiddenException,
            InvalidRequestException, ConflictException, RepositoryException {
        GroupAccess.requireEditor(caller);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            return GroupPages.create(handle.session(), caller.getUserID(), input);
        } finally {
            caller.refresh(false);
        }
    }

    public GroupData.Group update(Session caller, String slug, GroupData.GroupInput input) throws ForbiddenException,
            NotFoundException, InvalidRequestException, RepositoryException {
        GroupAccess.requireEditor(caller);
        String group = GroupAccess.requireGroup(caller, slug);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            return GroupPages.update(handle.session(), caller.getUserID(), group, input);
        } finally {
            caller.refresh(false);
        }
    }

    public GroupData.Meeting addMeeting(Session caller, String slug, GroupData.MeetingInput input)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        GroupAccess.requireEditor(caller);
        GroupAccess.requireGroup(caller, slug);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            return GroupMeetings.add(handle.session(), slug, caller.getUserID(), input);
        } finally {
            caller.refresh(false);
        }
    }

    public void removeMeeting(Session caller, String slug, String meeting) throws ForbiddenException,
            NotFoundException, RepositoryException {
        GroupAccess.requireEditor(caller);
        GroupAccess.requireGroup(caller, slug);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            GroupMeetings.remove(handle.session(), slug, meeting);
        } finally {
            caller.refresh(false);
        }
    }

    public GroupData.Document addDocument(Session caller, String slug, String fileName, byte[] bytes)
            throws ForbiddenException, NotFoundException, InvalidRequestException, RepositoryException {
        GroupAccess.requireEditor(caller);
        GroupAccess.requireGroup(caller, slug);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            return GroupDocuments.add(handle.session(), slug, caller.getUserID(), fileName, bytes);
        } finally {
            caller.refresh(false);
        }
    }

    public void removeDocument(Session caller, String slug, String name) throws ForbiddenException,
            NotFoundException, RepositoryException {
        GroupAccess.requireEditor(caller);
        GroupAccess.requireGroup(caller, slug);
        try (ServiceSessions.Handle handle = services.open(ServiceSessions.GROUPS)) {
            GroupDocuments.remove(handle.session(), slug, name);
        } finally {
            caller.refresh(false);
        }
    }

    /** A document to download, read with the caller's own session (portal accounts only). */
    public GroupDocuments.Download document(Session caller, String slug, String name) throws ForbiddenException,
            NotFoundException, RepositoryException {
        GroupAccess.requireAccount(caller);
        GroupAccess.requireGroup(caller, slug);
        return GroupDocuments.open(caller, slug, name);
    }
}
