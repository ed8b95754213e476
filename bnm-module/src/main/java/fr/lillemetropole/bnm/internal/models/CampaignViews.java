package fr.lillemetropole.bnm.internal.models;

import java.util.List;

import fr.lillemetropole.bnm.api.campaign.Campaign;
import fr.lillemetropole.bnm.internal.campaign.CampaignTimes;
import fr.lillemetropole.bnm.models.CampaignsPage;

/** The items of {@link CampaignsPageImpl}, as its view reads them. */
final class CampaignViews {

    static final String API = "/bnm/api/v1/campaigns/";

    private CampaignViews() {}

    /** A campaign, with its dates already in French ({@code opensAt}, {@code closesAt}). */
    record CampaignItem(Campaign campaign, String opensAt, String closesAt, String dossiers, boolean selected,
            String url, List<CampaignsPage.Choice> statuses) implements CampaignsPage.Item {

        @Override
        public String getId() {
            return campaign.id();
        }

        @Override
        public String getTitle() {
            return campaign.title();
        }

        @Override
        public int getYear() {
            return campaign.year();
        }

        @Override
        public String getStatusLabel() {
            return campaign.statusLabel();
        }

        @Override
        public String getOpensAt() {
            return opensAt;
        }

        @Override
        public String getClosesAt() {
            return closesAt;
        }

        @Override
        public String getOpensAtInput() {
            return CampaignTimes.input(campaign.opensAt());
        }

        @Override
        public String getClosesAtInput() {
            return CampaignTimes.input(campaign.closesAt());
        }

        @Override
        public String getDossiersLabel() {
            return dossiers;
        }

        @Override
        public boolean isSelected() {
            return selected;
        }

        @Override
        public String getUrl() {
            return url;
        }

        @Override
        public String getAction() {
            return API + campaign.id();
        }

        @Override
        public String getRemindersCsvUrl() {
            return API + campaign.id() + "/reminders.csv";
        }

        @Override
        public List<CampaignsPage.Choice> getStatuses() {
            return statuses;
        }
    }

    record ChoiceView(String code, String label, boolean selected) implements CampaignsPage.Choice {

        @Override
        public String getCode() {
            return code;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public boolean isSelected() {
            return selected;
        }
    }

    record ReminderView(String name, String kindLabel, String statusLabel, String deadline, String daysLeft,
            boolean late) implements CampaignsPage.ReminderItem {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getKindLabel() {
            return kindLabel;
        }

        @Override
        public String getStatusLabel() {
            return statusLabel;
        }

        @Override
        public String getDeadline() {
            return deadline;
        }

        @Override
        public String getDaysLeft() {
            return daysLeft;
        }

        @Override
        public boolean isLate() {
            return late;
        }
    }
}
