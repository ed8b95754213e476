package fr.lillemetropole.bnm.internal.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The Armentières dossier has one copy in the repository, src/test/resources/fixtures of this
 * module: bnm-it takes it as a test resource and the fuzz tests as a seed (their poms), bnm-e2e
 * reads it by relative path. It is the seed's dossier of shared/.
 */
class ArmentieresFixtureTest {

    private static final String NAME = "armentieres-2022.json";
    private static final Set<String> NOT_SOURCES = Set.of("target", "node_modules", ".git");

    @Test
    void itIsTheSharedSeedsDossier() throws Exception {
        Path shared = SharedFolder.file("fixtures/" + NAME);
        JSONAssert.assertEquals(Files.readString(shared), Fixtures.armentieres().toString(), JSONCompareMode.STRICT);
    }

    @Test
    void theRepositoryHoldsOneCopy() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> copies = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return NOT_SOURCES.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().equals(NAME)) {
                    copies.add(root.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertEquals(List.of("bnm-module/src/test/resources/fixtures/" + NAME), copies,
                "one Armentières dossier in the repository; read that one instead of copying it");
    }
}
