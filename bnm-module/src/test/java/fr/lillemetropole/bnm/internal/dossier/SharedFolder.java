package fr.lillemetropole.bnm.internal.dossier;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The workplace's {@code shared/} folder (contracts, fixtures), beside the repository. The project
 * builds from its own copies; a test comparing them with {@code shared/} is skipped, not passed,
 * when the folder is absent. {@code -Dbnm.shared=DIR} points elsewhere (paths are relative to the
 * module folder).
 */
final class SharedFolder {

    static final String PROPERTY = "bnm.shared";
    static final String DEFAULT = "../../shared";

    private SharedFolder() {}

    /** The file of shared/ at that relative path; the calling test is skipped when it is missing. */
    static Path file(String relative) {
        Path file = Path.of(System.getProperty(PROPERTY, DEFAULT)).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "no " + file.toAbsolutePath().normalize() + ": comparison with shared/ skipped");
        return file;
    }
}
