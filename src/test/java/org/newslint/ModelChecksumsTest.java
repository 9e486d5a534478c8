package org.newslint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped model is the one docs/MODELS.md describes: its SHA-256 is in the "Checksums"
 * table, so a model cannot change by accident (a stray retraining, a merge) without the table
 * and the documented figures changing with it in review.
 */
class ModelChecksumsTest {
    private static final Path MODELS = Path.of("src/main/resources/org/newslint/models");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([0-9a-f]{64})` \\|$", Pattern.MULTILINE);

    @Test
    void everyShippedModelMatchesTheChecksumInModelsMd() throws IOException, NoSuchAlgorithmException {
        String doc = Files.readString(Path.of("docs/MODELS.md"));
        String table = doc.substring(doc.indexOf("## Checksums"));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> shipped = new TreeMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                shipped.put(f.getFileName().toString(), HexFormat.of().formatHex(digest));
            }
        }
        assertThat(shipped)
                .as(
                        "model files under %s; after retraining with the command in docs/MODELS.md, "
                                + "review the new figures and update the Checksums table there (sha256sum the file)",
                        MODELS)
                .isNotEmpty()
                .isEqualTo(documented);
    }
}
