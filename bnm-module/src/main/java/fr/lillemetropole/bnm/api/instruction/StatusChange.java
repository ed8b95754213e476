package fr.lillemetropole.bnm.api.instruction;

import java.util.List;

/** A dossier moved from one status to another, with the instructor's comment and the moves now allowed. */
public record StatusChange(String tenant, String campaign, String from, String to, String comment, String at,
        String etag, List<String> allowed) {
}
