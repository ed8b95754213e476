package fr.lillemetropole.bnm.internal.instruction;

import fr.lillemetropole.bnm.internal.repository.JcrNames;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.lillemetropole.bnm.api.NotFoundException;
import fr.lillemetropole.bnm.api.instruction.FieldChange;
import fr.lillemetropole.bnm.api.instruction.Filing;
import fr.lillemetropole.bnm.internal.dossier.DossierSchema;
import fr.lillemetropole.bnm.internal.dossier.FieldDiff;

/** Every filed version of a dossier, kept as filed, and what changed between the last two. */
final class Filings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Filings() {}

    static List<Filing> list(Node dossier) throws RepositoryException {
        List<Filing> filings = new ArrayList<>();
        for (Node entry : entries(dossier)) {
            filings.add(new Filing(number(entry), entry.getProperty(JcrNames.AT).getDate().toInstant().toString(),
                    entry.getProperty(JcrNames.ACTOR).getString(), entry.getProperty(JcrNames.TEXT).getString(),
                    entry.getProperty(JcrNames.SHA256).getString()));
        }
        return filings;
    }

    static JsonNode document(Node dossier, int number) throws NotFoundException, RepositoryException {
        for (Node entry : entries(dossier)) {
            if (number(entry) == number) {
                return parse(entry);
            }
        }
        throw new NotFoundException("Ce dossier n'a pas de dépôt n° " + number + ".");
    }

    static List<FieldChange> changes(Node dossier) throws RepositoryException {
        List<Node> entries = entries(dossier);
        List<FieldChange> changes = new ArrayList<>();
        if (entries.size() < 2) {
            return changes;
        }
        JsonNode before = parse(entries.get(entries.size() - 2));
        JsonNode after = parse(entries.get(entries.size() - 1));
        FieldDiff.leaves(before, after, "", (pointer, was, now) -> changes.add(new FieldChange(pointer,
                title(pointer), FieldDiff.shown(pointer, was), FieldDiff.shown(pointer, now))));
        return changes;
    }

    private static String title(String pointer) {
        try {
            return DossierSchema.get().title(pointer);
        } catch (RuntimeException e) {
            return pointer;
        }
    }

    private static List<Node> entries(Node dossier) throws RepositoryException {
        List<Node> entries = new ArrayList<>();
        if (dossier.hasNode("filings")) {
            for (NodeIterator it = dossier.getNode("filings").getNodes(); it.hasNext();) {
                entries.add(it.nextNode());
            }
        }
        entries.sort(java.util.Comparator.comparingInt(Filings::number));
        return entries;
    }

    private static int number(Node entry) {
        try {
            return Integer.parseInt(entry.getName().substring(1));
        } catch (RepositoryException | NumberFormatException e) {
            return 0;
        }
    }

    private static JsonNode parse(Node entry) throws RepositoryException {
        try {
            return JSON.readTree(entry.getProperty(JcrNames.DOCUMENT).getString());
        } catch (IOException e) {
            throw new RepositoryException("unreadable filed version " + entry.getPath(), e);
        }
    }
}
