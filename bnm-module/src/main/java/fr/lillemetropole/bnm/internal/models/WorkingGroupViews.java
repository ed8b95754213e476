package fr.lillemetropole.bnm.internal.models;

import java.util.Locale;

import fr.lillemetropole.bnm.internal.group.GroupData;
import fr.lillemetropole.bnm.internal.group.GroupMembers;
import fr.lillemetropole.bnm.models.WorkingGroupsPage;

/** The items of {@link WorkingGroupsPageImpl}, as its views read them. */
final class WorkingGroupViews {

    private WorkingGroupViews() {}

    static WorkingGroupsPage.Group group(GroupData.Group g) {
        String action = WorkingGroupsPageImpl.API + "/" + g.slug();
        return new GroupView(g.slug(), g.title(), g.description(), g.commitment(), g.code() != null, g.url(), action,
                action + "/meetings", action + "/documents");
    }

    static WorkingGroupsPage.Member member(GroupMembers.Member m) {
        return new MemberView(m.name(), m.network(), String.join(", ", m.communes()));
    }

    static WorkingGroupsPage.Meeting meeting(GroupData.Meeting m, String slug, String date) {
        return new MeetingView(date, m.place(), m.visioUrl(), m.agenda(),
                WorkingGroupsPageImpl.API + "/" + slug + "/meetings/" + m.id() + "/delete");
    }

    static WorkingGroupsPage.Document document(GroupData.Document d, String slug, String addedAt) {
        return new DocumentView(d.title(), d.typeLabel(), size(d.size()), addedAt, d.url(),
                WorkingGroupsPageImpl.API + "/" + slug + "/documents/" + d.name() + "/delete");
    }

    /** « 812 octets », « 245 Ko », « 1,2 Mo ». */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " octets";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " Ko";
        }
        return String.format(Locale.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024.0));
    }

    record GroupView(String getSlug, String getTitle, String getDescription, String getCommitment, boolean isInForm,
            String getUrl, String getAction, String getMeetingsAction, String getDocumentsAction)
            implements WorkingGroupsPage.Group {
    }

    record MemberView(String getName, boolean isNetwork, String getCommunes) implements WorkingGroupsPage.Member {
    }

    record MeetingView(String getDate, String getPlace, String getVisioUrl, String getAgenda, String getDeleteAction)
            implements WorkingGroupsPage.Meeting {
    }

    record DocumentView(String getTitle, String getTypeLabel, String getSize, String getAddedAt, String getUrl,
            String getDeleteAction) implements WorkingGroupsPage.Document {
    }
}
