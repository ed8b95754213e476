package fr.lillemetropole.bnm.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.lillemetropole.bnm.api.dossier.Signature;
import fr.lillemetropole.bnm.internal.dossier.pdf.DossierPdf;
import fr.lillemetropole.bnm.internal.text.Labels;

/**
 * Every filed dossier's PDF (laid out like the paper form, with its receipt) in one ZIP, one entry
 * {@code dossier-<tenant>-<campaign>.pdf} each, written and flushed one dossier at a time.
 */
public final class DossiersZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final ResourceBundle labels;
    private final String campaign;

    public DossiersZip(OutputStream stream, ResourceBundle labels, String campaign) {
        this.zip = new ZipOutputStream(stream);
        this.labels = labels;
        this.campaign = campaign;
    }

    /** Adds the dossier's PDF; {@code signature}: its latest signature, or null. */
    public void write(CampaignDossiers.Dossier dossier, Signature signature) throws IOException {
        DossierPdf.Context context = new DossierPdf.Context(dossier.tenantName(), campaign,
                Labels.status(labels, dossier.status()), signature, dossier.receipt());
        byte[] pdf = new DossierPdf(labels).dossier(dossier.document(), context);
        zip.putNextEntry(new ZipEntry(entryName(dossier.tenant(), campaign)));
        zip.write(pdf);
        zip.closeEntry();
        zip.flush();
    }

    static String entryName(String tenant, String campaign) {
        return "dossier-" + tenant + "-" + campaign + ".pdf";
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
