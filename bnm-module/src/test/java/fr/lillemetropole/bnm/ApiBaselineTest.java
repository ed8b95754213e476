package fr.lillemetropole.bnm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;
import aQute.bnd.version.Version;

/**
 * Exported package versions move when the API changes: bnd's baseline (what bnd-baseline-maven-plugin
 * runs) between the built classes and the API committed in {@value #BASELINE}. The plugin baselines
 * against the previous release in a Maven repository; none is published, so the last accepted API is
 * committed instead. Record it again after setting the versions this test asks for:
 * {@value #RECORD}
 */
class ApiBaselineTest {

    static final String BASELINE = "src/test/resources/api-baseline.txt";
    static final String RECORD = "mvn -B -o -q -pl bnm-module test -Dtest=ApiBaselineTest -Dbnm.api.record=true";
    private static final List<String> COMMENTS = List.of(
            "The API that bnm-module exports, as bnd's baseline sees it (ApiBaselineTest checks the build against",
            "it). When that test asks for a version, set it in the package's package-info.java, then record the",
            "API with the command below and commit this file with the change:", "  " + RECORD);
    private static final String VERSION_ANNOTATION = "org.osgi.annotation.versioning.Version ";
    private static final DiffPluginImpl DIFFER = new DiffPluginImpl();

    @Test
    void exportedVersionsFollowTheApi() throws Exception {
        try (Jar jar = new Jar(new File("target/classes"))) {
            assertTrue(jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Export-Package") != null,
                    "no Export-Package in target/classes/META-INF/MANIFEST.MF: run the test through Maven (bnd writes it)");
            Parameters exports = new Parameters(jar.getManifest().getMainAttributes().getValue("Export-Package"));
            Tree.Data api = apiOf(DIFFER.tree(jar).serialize());
            Path file = Path.of(BASELINE);
            String recordedText = Files.exists(file) ? Files.readString(file) : "";
            ApiBaselineFile.Recorded recorded = ApiBaselineFile.parse(recordedText.lines().toList());
            Tree.Data recordedApi = recorded.api();
            if (recordedApi == null) {
                recordedApi = apiOf(api);
                recordedApi.children = new Tree.Data[0];
            }

            Baseline baseline = new Baseline(new Processor(), DIFFER);
            Set<Baseline.Info> infos = baseline.baseline(DIFFER.deserialize(api), exports,
                    DIFFER.deserialize(recordedApi), recorded.exports(), new Instructions("*"));
            List<String> wrong = new ArrayList<>();
            for (Baseline.Info info : infos) {
                Version required = required(info);
                if (required != null && info.newerVersion.compareTo(required) < 0) {
                    wrong.add(info.packageName + " " + info.newerVersion + " must be at least " + required + " (was "
                            + info.olderVersion + ", " + info.packageDiff.getDelta() + " change): set @Version in its"
                            + " package-info.java\n" + changes(info.packageDiff));
                }
            }
            if (!wrong.isEmpty()) {
                fail("Exported API changed without its version:\n" + String.join("\n", wrong)
                        + "then record the API: " + RECORD);
            }
            String current = ApiBaselineFile.text(COMMENTS, exports, api);
            if (Boolean.getBoolean("bnm.api.record")) {
                Files.writeString(file, current);
            } else if (!current.equals(recordedText)) {
                List<String> moved = new ArrayList<>();
                for (Baseline.Info info : infos) {
                    if (info.packageDiff.getDelta() != Delta.UNCHANGED || !info.newerVersion.equals(info.olderVersion)) {
                        moved.add(info.packageName + " " + info.olderVersion + " -> " + info.newerVersion + "\n"
                                + changes(info.packageDiff));
                    }
                }
                if (moved.isEmpty()) {
                    moved.add("(same API and versions, other text)\n");
                }
                fail("The exported API or its versions moved as they should; record them in " + BASELINE + ":\n"
                        + String.join("\n", moved) + RECORD);
            }
        }
    }

    /**
     * The lowest version the package may have: bnd's suggestion (the next major version for a breaking
     * change, the next minor one for an addition, the next micro one otherwise), never below the
     * recorded one. Below 1.0.0 bnd reports no mismatch at all (semver's initial development); here the
     * version still moves, a breaking change asking for the next minor version as semver allows.
     */
    private static Version required(Baseline.Info info) {
        Version older = info.olderVersion;
        if (info.suggestedVersion == null) {
            return null;
        }
        if (older.getMajor() == 0 && info.packageDiff.getDelta() == Delta.MAJOR) {
            return new Version(0, older.getMinor() + 1, 0);
        }
        return info.suggestedVersion.compareTo(older) < 0 ? older : info.suggestedVersion;
    }

    /** The root with its API subtree only (bnd's tree also holds the manifest and the resources). */
    private static Tree.Data apiOf(Tree.Data bundle) {
        Tree.Data root = new Tree.Data();
        root.type = bundle.type;
        root.add = bundle.add;
        root.rem = bundle.rem;
        root.name = "bnm-module";
        root.children = Arrays.stream(bundle.children).filter(child -> child.name.equals("<api>"))
                .toArray(Tree.Data[]::new);
        return root;
    }

    /** The elements added, removed or changed under a package, one a line. */
    private static String changes(Diff diff) {
        StringBuilder out = new StringBuilder();
        changes(diff, "", out);
        return out.toString();
    }

    private static void changes(Diff diff, String path, StringBuilder out) {
        Delta delta = diff.getDelta();
        String here = path.isEmpty() ? diff.getName() : path + " " + diff.getName();
        if (diff.getType() == Type.VERSION || diff.getName().startsWith(VERSION_ANNOTATION)) {
            return; // the version itself
        }
        if (delta == Delta.ADDED || delta == Delta.REMOVED || diff.getChildren().isEmpty()) {
            if (delta != Delta.UNCHANGED && delta != Delta.IGNORED) {
                out.append("  ").append(delta).append(' ').append(diff.getType()).append(' ').append(here).append('\n');
            }
            return;
        }
        for (Diff child : diff.getChildren()) {
            changes(child, diff.getType() == Type.PACKAGE ? "" : here, out);
        }
    }
}
