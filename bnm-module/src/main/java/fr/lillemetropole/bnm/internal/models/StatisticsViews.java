package fr.lillemetropole.bnm.internal.models;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.lillemetropole.bnm.internal.export.Figure;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.CampaignStatistics;

/** The figures page's views: bar charts laid out for SVG, figure rows in French number format. */
public final class StatisticsViews {

    /** Room for a bar: its label above, the bar, its value at the bar's end. */
    static final int ROW = 44;
    static final int MAX_BAR = 420;
    private static final String DASH = "—";

    private final ResourceBundle labels;

    StatisticsViews(ResourceBundle labels) {
        this.labels = labels;
    }

    /** A bar's data: its label, value, and the text shown for it (the value itself when null). */
    public record Item(String label, int value, String text) {
    }

    ChartView chart(String id, String title, String description, List<Item> items) {
        int max = items.stream().mapToInt(Item::value).max().orElse(0);
        List<BarView> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int width = max == 0 ? 0 : Math.max(item.value() > 0 ? 2 : 0, Math.round(MAX_BAR * item.value() / (float) max));
            bars.add(new BarView(item.label(), item.value(), item.text() == null ? french(item.value()) : item.text(),
                    i * ROW, width));
        }
        return new ChartView("graphique-" + id, title, description, Math.max(ROW, items.size() * ROW), bars);
    }

    FigureView figure(Figure f) {
        String answered = Texts.format(labels, f.answered() == 1 ? "bnm.figures.libraries.one" : "bnm.figures.libraries",
                french(f.answered()));
        if (f.nc() > 0) {
            answered = Texts.format(labels, "bnm.figures.nc", answered, french(f.nc()));
        }
        if (f.empty() > 0) {
            answered = Texts.format(labels, "bnm.figures.empty", answered, french(f.empty()));
        }
        return new FigureView(f.section(), f.title(), answered, f.total() == null ? DASH : french(f.total()),
                f.median() == null ? DASH : french(f.median()));
    }

    /** French number format: a narrow no-break space between thousands, a decimal comma. */
    static String french(Number n) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(n instanceof BigDecimal d ? Math.max(0, d.scale()) : 0);
        return format.format(n);
    }

    public record ChartView(String id, String title, String description, int height, List<BarView> bars)
            implements CampaignStatistics.Chart {
        @Override public String getId() { return id; }
        @Override public String getTitle() { return title; }
        @Override public String getDescription() { return description; }
        @Override public int getHeight() { return height; }
        @Override public List<BarView> getBars() { return bars; }
    }

    public record BarView(String label, int value, String valueText, int y, int width) implements CampaignStatistics.Bar {
        @Override public String getLabel() { return label; }
        @Override public int getValue() { return value; }
        @Override public String getValueText() { return valueText; }
        @Override public int getY() { return y; }
        @Override public int getWidth() { return width; }
    }

    public record FigureView(String section, String title, String answered, String total, String median)
            implements CampaignStatistics.FigureRow {
        @Override public String getSection() { return section; }
        @Override public String getTitle() { return title; }
        @Override public String getAnswered() { return answered; }
        @Override public String getTotal() { return total; }
        @Override public String getMedian() { return median; }
    }

    public record ExportView(String label, String url) implements CampaignStatistics.Export {
        @Override public String getLabel() { return label; }
        @Override public String getUrl() { return url; }
    }
}
