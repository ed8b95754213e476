package fr.lillemetropole.bnm.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.testing.Dictionary;

/** « 1 commune couverte », never « 1 communes couvertes »: French takes the singular for 0 and 1. */
class CampaignStatisticsPluralTest {

    private final ResourceBundle french = Dictionary.french();

    @Test
    void keyFiguresAgreeWithTheirCount() {
        assertEquals("1 commune couverte par les dossiers déposés",
                Texts.format(french, CampaignStatisticsImpl.plural("bnm.figures.key.communes", 1), 1));
        assertEquals("2 communes couvertes par les dossiers déposés",
                Texts.format(french, CampaignStatisticsImpl.plural("bnm.figures.key.communes", 2), 2));
        assertEquals("0 bibliothèque dans les dossiers déposés",
                Texts.format(french, CampaignStatisticsImpl.plural("bnm.figures.key.libraries", 0), 0));
        assertEquals("1 dossier, dont 1 déposé",
                Texts.format(french, CampaignStatisticsImpl.plural("bnm.figures.key.dossiers", 1), 1)
                        + Texts.format(french, CampaignStatisticsImpl.plural("bnm.figures.key.filed", 1), 1));
    }
}
