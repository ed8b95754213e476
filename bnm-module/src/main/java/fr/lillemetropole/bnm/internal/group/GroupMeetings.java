package fr.lillemetropole.bnm.internal.group;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import fr.lillemetropole.bnm.api.FieldError;
import fr.lillemetropole.bnm.api.InvalidRequestException;
import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.internal.campaign.CampaignTimes;
import fr.lillemetropole.bnm.internal.repository.JcrNames;

/** A group's meetings (/var/bnm/groups/<slug>/meetings/<id>): read by portal accounts, written by bnm-groups. */
final class GroupMeetings {

    static final String MEETINGS = "meetings";

    private GroupMeetings() {
    }

    /** Oldest first; {@code past} once the meeting's time has gone. */
    static List<GroupData.Meeting> list(Session caller, String slug) throws RepositoryException {
        List<GroupData.Meeting> meetings = new ArrayList<>();
        String path = GroupAccess.AREAS + "/" + slug + "/" + MEETINGS;
        if (!caller.nodeExists(path)) {
            return meetings;
        }
        long now = System.currentTimeMillis();
        for (NodeIterator it = caller.getNode(path).getNodes(); it.hasNext();) {
            Node meeting = it.nextNode();
            Calendar date = meeting.getProperty(JcrNames.DATE).getDate();
            meetings.add(new GroupData.Meeting(meeting.getName(), CampaignTimes.iso(CampaignTimes.of(date)),
                    text(meeting, JcrNames.LOCATION), text(meeting, JcrNames.VISIO_URL), text(meeting, JcrNames.AGENDA),
                    date.getTimeInMillis() < now));
        }
        meetings.sort(Comparator.comparing(m -> CampaignTimes.ofIso(m.date())));
        return meetings;
    }

    static GroupData.Meeting add(Session service, String slug, String actor, GroupData.MeetingInput input)
            throws InvalidRequestException, RepositoryException {
        ZonedDateTime date = check(input);
        Node list = GroupDocuments.child(GroupDocuments.area(service, slug, actor), MEETINGS, JcrNames.MEETING_LIST_TYPE);
        Node meeting = list.addNode("m" + Long.toString(System.currentTimeMillis(), 36) + "-"
                + UUID.randomUUID().toString().substring(0, 6), JcrNames.MEETING_TYPE);
        meeting.setProperty(JcrNames.DATE, CampaignTimes.calendar(date));
        set(meeting, JcrNames.LOCATION, input.place());
        set(meeting, JcrNames.VISIO_URL, input.visioUrl());
        set(meeting, JcrNames.AGENDA, input.agenda());
        meeting.setProperty(JcrNames.CREATED_AT, Calendar.getInstance());
        meeting.setProperty(JcrNames.CREATED_BY, actor);
        service.save();
        return new GroupData.Meeting(meeting.getName(), CampaignTimes.iso(date), text(meeting, JcrNames.LOCATION),
                text(meeting, JcrNames.VISIO_URL), text(meeting, JcrNames.AGENDA),
                date.toInstant().toEpochMilli() < System.currentTimeMillis());
    }

    static void remove(Session service, String slug, String id) throws NotFoundException, RepositoryException {
        String path = GroupAccess.AREAS + "/" + slug + "/" + MEETINGS + "/" + id;
        if (!id.matches("[a-z0-9-]+") || !service.nodeExists(path)) {
            throw new NotFoundException("Cette réunion n'existe pas (ou plus).");
        }
        service.getNode(path).remove();
        service.save();
    }

    private static ZonedDateTime check(GroupData.MeetingInput input) throws InvalidRequestException {
        List<FieldError> errors = new ArrayList<>();
        GroupData.MeetingInput in = input == null ? new GroupData.MeetingInput(null, null, null, null) : input;
        ZonedDateTime date = null;
        try {
            date = CampaignTimes.parse(in.date(), false);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (date == null) {
            errors.add(FieldError.schema("/date", "Indiquez la date et l'heure de la réunion (par exemple "
                    + "12/03/2026 14:00)."));
        }
        boolean place = in.place() != null && !in.place().isBlank();
        boolean visio = in.visioUrl() != null && !in.visioUrl().isBlank();
        if (!place && !visio) {
            errors.add(FieldError.schema("/place", "Indiquez le lieu de la réunion ou son lien de visioconférence."));
        }
        if (place && in.place().strip().length() > 300) {
            errors.add(FieldError.schema("/place", "Le lieu dépasse 300 caractères."));
        }
        if (visio && !in.visioUrl().strip().matches("https?://[^\\s<>\"]{1,500}")) {
            errors.add(FieldError.schema("/visioUrl", "Le lien de visioconférence doit être une adresse web "
                    + "commençant par https://."));
        }
        if (in.agenda() != null && in.agenda().strip().length() > 5000) {
            errors.add(FieldError.schema("/agenda", "L'ordre du jour dépasse 5000 caractères."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return date;
    }

    private static void set(Node node, String property, String value) throws RepositoryException {
        if (value != null && !value.isBlank()) {
            node.setProperty(property, value.strip());
        }
    }

    private static String text(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : null;
    }
}
