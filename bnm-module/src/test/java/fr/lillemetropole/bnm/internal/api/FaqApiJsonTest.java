package fr.lillemetropole.bnm.internal.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicCategory;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicEntry;
import fr.lillemetropole.bnm.internal.faq.FaqRecords.PublicFaq;

/** GET /faq against its golden file: categories in order, published entries only, no editor's name. */
class FaqApiJsonTest {

    @Test
    void thePublicFaqMatchesItsGoldenFile() throws Exception {
        PublicFaq faq = new PublicFaq(List.of(new PublicCategory("candidature", "Candidater à l'AMI", List.of(
                new PublicEntry("qui", "Quelles communes peuvent candidater ?", "<p>Les communes de la MEL.</p>",
                        List.of("éligibilité", "commune"), "2026-12-02T16:00:00Z")))));
        try (InputStream in = FaqApiJsonTest.class.getResourceAsStream("/golden/faq.json")) {
            JSONAssert.assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    ApiResponses.JSON.writeValueAsString(faq), JSONCompareMode.STRICT);
        }
    }
}
