package fr.lillemetropole.bnm.internal.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every dossier of a campaign as one JSON array, written as it is read:
 * {@code [{tenant, tenantName, status, receipt, document}]}, the document in the schema's normal form and
 * the receipt as the API gives it ({@code null} until filed).
 */
public final class DossiersJson implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonGenerator out;

    public DossiersJson(OutputStream stream) throws IOException {
        this.out = JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8);
        out.writeStartArray();
    }

    public void write(CampaignDossiers.Dossier dossier) throws IOException {
        out.writeStartObject();
        out.writeStringField("tenant", dossier.tenant());
        out.writeStringField("tenantName", dossier.tenantName());
        out.writeStringField("status", dossier.status());
        out.writeFieldName("receipt");
        JSON.writeValue(out, dossier.receipt());
        out.writeFieldName("document");
        JSON.writeTree(out, dossier.document());
        out.writeEndObject();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.flush();
    }
}
