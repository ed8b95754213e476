package fr.lillemetropole.bnm.internal.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One VOLET 1 figure over the libraries of the filed dossiers: how many gave a number, how many answered
 * « NC » (never counted as 0), how many left it empty, the total and the exact median of the numbers (for
 * an even count, the mean of the two middle values).
 *
 * @param pointer the field in a library, e.g. {@code /audience/activeBorrowers}
 * @param section the title of its part of VOLET 1 (« Public »)
 * @param title   its title (« Nombre d’inscrits actifs »)
 */
public record Figure(String pointer, String section, String title, int numbers, int nc, int empty,
        BigDecimal total, BigDecimal median) {

    /** Libraries that answered (a number or « NC »). */
    public int answered() {
        return numbers + nc;
    }

    /** Collects one figure's values. */
    static final class Tally {
        private final List<BigDecimal> values = new ArrayList<>();
        private int nc;
        private int empty;

        void add(com.fasterxml.jackson.databind.JsonNode value) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                empty++;
            } else if (value.isNumber()) {
                values.add(value.decimalValue());
            } else {
                nc++;
            }
        }

        Figure figure(String pointer, String section, String title) {
            BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Figure(pointer, section, title, values.size(), nc, empty, values.isEmpty() ? null
                    : plain(total), median(values));
        }
    }

    /** The exact median; for an even count the mean of the two middle values; null without values. */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
        return plain(median);
    }

    /** Without trailing zeros, never in exponent form (1200, not 1.2E+3). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
