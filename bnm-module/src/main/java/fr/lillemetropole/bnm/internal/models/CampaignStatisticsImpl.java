package fr.lillemetropole.bnm.internal.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import javax.annotation.PostConstruct;
import javax.jcr.Session;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.lillemetropole.bnm.api.BnmPaths;
import fr.lillemetropole.bnm.api.ForbiddenException;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaText;
import fr.lillemetropole.bnm.internal.dossier.schema.SchemaTree;
import fr.lillemetropole.bnm.internal.export.CampaignDossiers;
import fr.lillemetropole.bnm.internal.export.CampaignFigures;
import fr.lillemetropole.bnm.internal.text.Labels;
import fr.lillemetropole.bnm.internal.text.Texts;
import fr.lillemetropole.bnm.models.CampaignStatistics;

/**
 * The figures page of a campaign ({@code ?campaign=}, else the latest), computed in one pass over its
 * dossiers in the caller's own session; a commune account or an editor is told the page is not for it.
 */
@Model(adaptables = SlingHttpServletRequest.class, adapters = CampaignStatistics.class)
public class CampaignStatisticsImpl implements CampaignStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignStatisticsImpl.class);
    static final String EXPORTS = "/bnm/api/v1/campaigns/";

    @Self
    private SlingHttpServletRequest request;

    private boolean allowed;
    private String campaign;
    private String campaignTitle;
    private final List<String> keyFigures = new ArrayList<>();
    private final List<StatisticsViews.ChartView> charts = new ArrayList<>();
    private final List<StatisticsViews.FigureView> figures = new ArrayList<>();
    private final List<StatisticsViews.ExportView> exports = new ArrayList<>();

    @PostConstruct
    void init() {
        Session session = request.getResourceResolver().adaptTo(Session.class);
        try {
            campaign = InstructionQueueImpl.campaign(session, request.getParameter("campaign"));
            if (campaign == null) {
                return;
            }
            CampaignDossiers.requireStaff(session, campaign);
            campaignTitle = session.getNode(BnmPaths.campaign(campaign)).getProperty("jcr:title").getString();
            CampaignFigures.Builder builder = new CampaignFigures.Builder(campaign);
            CampaignDossiers.forEach(session, campaign, false, builder::add);
            show(builder.build(), Texts.french(request));
            allowed = true;
        } catch (ForbiddenException e) {
            allowed = false;
        } catch (Exception e) {
            LOG.error("Cannot show the figures of {}", campaign, e);
            allowed = false;
        }
    }

    /** French plural: 0 and 1 take the singular (« 1 commune couverte », « 0 dossier »). */
    static String plural(String key, long count) {
        return count <= 1 ? key + ".one" : key;
    }

    private void show(CampaignFigures f, ResourceBundle labels) {
        int dossiers = f.statuses().values().stream().mapToInt(Integer::intValue).sum();
        keyFigures.add(Texts.format(labels, plural("bnm.figures.key.dossiers", dossiers), dossiers)
                + Texts.format(labels, plural("bnm.figures.key.filed", f.filed()), f.filed()));
        keyFigures.add(Texts.format(labels, plural("bnm.figures.key.communes", f.communes()), f.communes()));
        keyFigures.add(Texts.format(labels, plural("bnm.figures.key.libraries", f.libraries()), f.libraries()));
        StatisticsViews views = new StatisticsViews(labels);
        List<StatisticsViews.Item> statuses = new ArrayList<>();
        f.statuses().forEach((code, n) -> statuses.add(new StatisticsViews.Item(Labels.status(labels, code), n, null)));
        charts.add(views.chart("statuts", Texts.get(labels, "bnm.figures.chart.statuses"),
                Texts.get(labels, "bnm.figures.chart.statuses.desc"), statuses));
        List<StatisticsViews.Item> groups = new ArrayList<>();
        var groupSchema = SchemaTree.dossier().at("/engagement/workingGroups/0");
        f.workingGroups().forEach((code, n) -> groups.add(new StatisticsViews.Item(
                label(groupSchema, code), n, null)));
        charts.add(views.chart("groupes", Texts.get(labels, "bnm.figures.chart.groups"),
                Texts.get(labels, "bnm.figures.chart.groups.desc"), groups));
        List<StatisticsViews.Item> objectives = new ArrayList<>();
        for (CampaignFigures.Objective o : f.objectives()) {
            objectives.add(new StatisticsViews.Item(o.label(), o.points(), Texts.format(labels,
                    "bnm.figures.objective.value", o.points(), o.dossiers(), o.first())));
        }
        charts.add(views.chart("objectifs", Texts.get(labels, "bnm.figures.chart.objectives"),
                Texts.get(labels, "bnm.figures.chart.objectives.desc"), objectives));
        int i = 0;
        for (Map.Entry<String, Map<String, Integer>> commitment : f.commitments().entrySet()) {
            var schema = SchemaTree.dossier().at("/commitments/" + commitment.getKey());
            List<StatisticsViews.Item> answers = new ArrayList<>();
            commitment.getValue().forEach((code, n) -> answers.add(new StatisticsViews.Item(
                    CampaignFigures.NONE.equals(code) ? Texts.get(labels, "bnm.figures.none") : label(schema, code), n,
                    null)));
            charts.add(views.chart("engagement-" + (++i), schema.path("title").asText(),
                    Texts.get(labels, "bnm.figures.chart.commitment.desc"), answers));
        }
        f.figures().forEach(figure -> figures.add(views.figure(figure)));
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("libraries.csv", "bnm.figures.export.libraries.csv");
        files.put("libraries.xlsx", "bnm.figures.export.libraries.xlsx");
        files.put("dossiers.json", "bnm.figures.export.dossiers.json");
        files.put("dossiers.zip", "bnm.figures.export.dossiers.zip");
        files.forEach((file, key) -> exports.add(new StatisticsViews.ExportView(Texts.get(labels, key),
                EXPORTS + campaign + "/exports/" + file)));
    }

    private static String label(com.fasterxml.jackson.databind.JsonNode schema, String code) {
        String label = SchemaText.dossier().label(schema, code);
        return label == null ? code : label;
    }

    @Override public boolean isAllowed() { return allowed; }
    @Override public String getCampaign() { return campaign; }
    @Override public String getCampaignTitle() { return campaignTitle; }
    @Override public List<String> getKeyFigures() { return keyFigures; }
    @Override public List<StatisticsViews.ChartView> getCharts() { return charts; }
    @Override public List<StatisticsViews.FigureView> getFigures() { return figures; }
    @Override public List<StatisticsViews.ExportView> getExports() { return exports; }
}
