package fr.lillemetropole.bnm.models;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** "Espace commune": the areas of the tenants the current account belongs to (or may read). */
@ConsumerType
public interface CommuneArea {

    List<Area> getAreas();

    /** One tenant area. */
    interface Area {
        String getSlug();

        String getName();

        /** "Commune" or "Réseau de communes". */
        String getKindLabel();

        List<String> getMemberCommunes();

        List<Dossier> getDossiers();

        List<TeamMember> getTeam();

        List<HistoryEntry> getHistory();
    }

    /** The area's dossier in one campaign (started or not). */
    interface Dossier {
        String getCampaign();

        /** The campaign's title. */
        String getTitle();

        /** The dossier's pages. */
        String getUrl();

        String getStatus();

        /** French label: Brouillon, Déposé, En instruction, Retenu, Non retenu, À compléter. */
        String getStatusLabel();
    }

    /** An account of the tenant. */
    interface TeamMember {
        String getName();

        String getEmail();

        /** "Agent" or "Élu référent". */
        String getRole();
    }

    /** An entry of the area's history. */
    interface HistoryEntry {
        /** "26/11/2026 14:05". */
        String getWhen();

        String getActor();

        String getAction();
    }
}
