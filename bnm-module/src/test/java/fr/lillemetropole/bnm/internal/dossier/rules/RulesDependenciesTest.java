package fr.lillemetropole.bnm.internal.dossier.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package cycle around the rules: the dossier service imports the rules, so the rules import
 * nothing of the service but the schema's package, and the schema's package imports nothing of
 * the dossier's.
 */
class RulesDependenciesTest {

    private static final Path DOSSIER = Path.of("src/main/java/fr/lillemetropole/bnm/internal/dossier");

    @Test
    void theRulesReadTheSchemaPackageOnly() throws IOException {
        assertEquals(List.of(), imports("rules", Pattern.compile("fr\\.lillemetropole\\.bnm\\.internal\\.dossier\\."
                + "(?!schema\\.|rules\\.).*")));
    }

    @Test
    void theSchemaPackageDependsOnNoOtherPartOfTheDossier() throws IOException {
        assertEquals(List.of(), imports("schema", Pattern.compile("fr\\.lillemetropole\\.bnm\\.internal\\.dossier\\."
                + "(?!schema\\.).*")));
    }

    /** The imports of a package of the dossier that match {@code forbidden}, as "File: import". */
    private static List<String> imports(String packageDir, Pattern forbidden) throws IOException {
        Path dir = DOSSIER.resolve(packageDir);
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String imported = line.replaceFirst("^import (static )?([\\w.]+).*", "$2");
                    if (line.startsWith("import ") && forbidden.matcher(imported).matches()) {
                        found.add(file.getFileName() + ": " + imported);
                    }
                }
            }
        }
        return found;
    }
}
