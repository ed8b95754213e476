package fr.lillemetropole.bnm.internal.group;

import java.util.List;

/** What the working-group routes and pages read and write. */
public final class GroupData {

    private GroupData() {
    }

    /** A group's public part: its page's slug, the dossier's code (null for a group added later), texts. */
    public record Group(String slug, String code, String title, String description, String commitment, String url) {
    }

    /** A group with its members-only part, for portal accounts. */
    public record GroupDetail(Group group, List<GroupMembers.Member> members, List<Meeting> meetings,
            List<Document> documents) {
    }

    /** A meeting: date-time (ISO-8601, Paris offset), place and/or video link, agenda. */
    public record Meeting(String id, String date, String place, String visioUrl, String agenda, boolean past) {
    }

    /** A shared document, served by {@code url} as an attachment. */
    public record Document(String name, String title, String mimeType, String typeLabel, long size, String addedAt,
            String url) {
    }

    /** Body of POST /groups and POST /groups/{group}. */
    public record GroupInput(String title, String description, String commitment) {
    }

    /** Body of POST /groups/{group}/meetings: {@code date} as 2026-03-12T14:00 or 12/03/2026 14:00 (Paris). */
    public record MeetingInput(String date, String place, String visioUrl, String agenda) {
    }
}
