package fr.lillemetropole.bnm.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.lillemetropole.bnm.testing.BnmContext;

/** The bnm: names of the Java code are JcrNames' constants, and each one is a name the CND declares. */
class JcrNamesTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"[^\"\\n]*bnm:[^\"\\n]*\"");
    private static final Pattern CND_NAME = Pattern.compile("bnm:\\w+");
    /** Names kept on nt:unstructured nodes, which no node type declares. */
    private static final Set<String> OUTSIDE_THE_CND = Set.of(JcrNames.DOCUMENT, JcrNames.ACTOR_NAME,
            JcrNames.TO, JcrNames.SUBJECT, JcrNames.BODY, JcrNames.ORIGIN, JcrNames.STATE, JcrNames.ATTEMPTS,
            JcrNames.NEXT_ATTEMPT_AT, JcrNames.SENT_AT, JcrNames.LAST_ERROR,
            JcrNames.OPENED_AT, JcrNames.LAST_SEEN,
            JcrNames.FLASH_KEY, JcrNames.NAV_ROLE, JcrNames.NAV_TITLE,
            JcrNames.LIB_HIDDEN);
    /** Still being reworked elsewhere: their literals move to JcrNames once that work is merged. */
    private static final Set<String> NOT_YET = Set.of();

    @Test
    void everyConstantIsANameOfTheCnd() throws Exception {
        Set<String> declared = new TreeSet<>();
        Matcher name = CND_NAME.matcher(BnmContext.read(BnmContext.CND));
        while (name.find()) {
            declared.add(name.group());
        }
        Set<String> unknown = new TreeSet<>();
        int constants = 0;
        for (Field field : JcrNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants++;
                String value = (String) field.get(null);
                if (!declared.contains(value) && !OUTSIDE_THE_CND.contains(value)) {
                    unknown.add(field.getName() + " = " + value);
                }
            }
        }
        assertTrue(constants > 40, "constants: " + constants);
        assertEquals(Set.of(), unknown);
    }

    @Test
    void theCodeNamesBnmPropertiesAndTypesThroughJcrNames() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (fileName.equals("JcrNames.java") || NOT_YET.contains(fileName)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/")) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(code);
                    while (literal.find()) {
                        found.add(fileName + ": " + literal.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
