package fr.lillemetropole.bnm.api.instruction;

/** A dossier in the review queue. */
public record QueueItem(String tenant, String tenantName, String kind, int libraries, String status,
        String filedAt, String updatedAt, String assignedTo, String assignedName) {
}
