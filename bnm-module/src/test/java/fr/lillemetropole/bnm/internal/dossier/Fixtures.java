package fr.lillemetropole.bnm.internal.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The seed's dossier (shared/fixtures/armentieres-2022.json), a fresh copy each time. */
public final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static ObjectNode armentieres() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/armentieres-2022.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2022 campaign node, as the campaign definitions create it at start-up. */
    public static void campaign(javax.jcr.Session admin, String id) throws javax.jcr.RepositoryException {
        javax.jcr.Node campaign = admin.getNode("/var/bnm/campaigns").addNode(id, "bnm:Campaign");
        campaign.setProperty("bnm:id", id);
        campaign.setProperty("jcr:title", "AMI");
        campaign.setProperty("bnm:year", 2022L);
        campaign.setProperty("bnm:schemaVersion", 1L);
        admin.save();
    }
}
