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

    /** A dossier of the area in one campaign. */
    interface Dossier {
        String getCampaign();

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
