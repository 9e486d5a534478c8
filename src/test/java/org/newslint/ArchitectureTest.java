package org.newslint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the layering of ARCHITECTURE.md: dependencies point inward, and toolkits stay in their
 * layer. lsp4j belongs to the server ({@code lsp}) and to the Swing editor, which is an LSP client.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/newslint");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    /** Any mention of a newslint package, imported or fully qualified. */
    private static final Pattern NEWSLINT_REFERENCE = Pattern.compile("\\borg\\.newslint\\.(\\w+)(?:\\.(\\w+))?");

    /**
     * The analysis stages in pipeline order: a stage may use itself and the stages before it, never
     * a later one nor the pipeline ({@code Analyzer}) that wires them.
     */
    private static final List<String> STAGES =
            List.of("model", "lexicon", "sentences", "entities", "attribution", "quotes", "claims", "sourcing");

    /** Which newslint packages each package may import. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "text", List.of("text"),
            "nlp", List.of("nlp", "text"),
            "analysis", List.of("analysis", "nlp", "text"),
            "rules", List.of("rules", "analysis", "nlp", "text"),
            // project configuration (.newslint.json), read alike by the server and the command line
            "config", List.of("config", "rules", "analysis", "text"),
            "lsp", List.of("lsp", "config", "rules", "analysis", "nlp", "text"),
            "cli", List.of("cli", "config", "lsp", "swing", "rules", "analysis", "nlp", "text"),
            // the Swing editor is an LSP client: it sees the analysis only through the protocol
            "swing", List.of("swing", "text"),
            // training, evaluation and benchmarks use the product; the product never uses them
            "tools", List.of("tools", "cli", "config", "lsp", "rules", "analysis", "nlp", "text"));

    @Test
    void dependenciesPointInwardAndToolkitsStayInTheirLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String layer = MAIN.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("org.eclipse.lsp4j") && !layer.equals("lsp") && !layer.equals("swing")) {
                        violations.add(file + " imports lsp4j");
                    }
                    if (imported.startsWith("opennlp") && !layer.equals("nlp")) {
                        violations.add(file + " imports OpenNLP");
                    }
                    if (imported.startsWith("org.jsoup") && !layer.equals("text")) {
                        violations.add(file + " imports jsoup");
                    }
                    if (imported.startsWith("org.newslint.")) {
                        String target =
                                imported.substring("org.newslint.".length()).split("\\.")[0];
                        if (!ALLOWED.getOrDefault(layer, List.of()).contains(target)) {
                            violations.add(file + " (" + layer + ") imports " + imported);
                        }
                        // the configuration builds settings; the analysis stages are none of its business
                        if (layer.equals("config")
                                && target.equals("analysis")
                                && !imported.startsWith("org.newslint.analysis.model.")) {
                            violations.add(file + " (config) imports " + imported);
                        }
                    }
                }
                // fully qualified uses slip past imports
                if (!layer.equals("lsp") && !layer.equals("swing") && source.contains("org.eclipse.lsp4j.")) {
                    violations.add(file + " names lsp4j");
                }
                if (!layer.equals("nlp") && source.contains("opennlp.tools")) {
                    violations.add(file + " names OpenNLP");
                }
                if (!layer.equals("text") && source.contains("org.jsoup.")) {
                    violations.add(file + " names jsoup");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void newslintPackagesAreNamedOnlyWhereTheLayeringAllowsEvenFullyQualified() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String layer = MAIN.relativize(file).getName(0).toString();
                Matcher m = NEWSLINT_REFERENCE.matcher(code(Files.readString(file)));
                while (m.find()) {
                    if (!ALLOWED.getOrDefault(layer, List.of()).contains(m.group(1))) {
                        violations.add(file + " (" + layer + ") names org.newslint." + m.group(1));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The source without comments and string literals: a class name in a launch command or a doc comment is no dependency. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\n])*\"", "\"\"");
    }

    @Test
    void analysisStagesUseOnlyEarlierStages() throws IOException {
        List<String> violations = new ArrayList<>();
        Path analysis = MAIN.resolve("analysis");
        try (Stream<Path> files = Files.walk(analysis)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = analysis.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the pipeline itself may use every stage
                }
                String stage = relative.getName(0).toString();
                int position = STAGES.indexOf(stage);
                if (position < 0) {
                    violations.add(
                            file + ": package analysis." + stage + " is not a known stage; add it to STAGES in order");
                    continue;
                }
                Matcher m = NEWSLINT_REFERENCE.matcher(code(Files.readString(file)));
                while (m.find()) {
                    if (!"analysis".equals(m.group(1))) {
                        continue;
                    }
                    String used = m.group(2);
                    int usedPosition = used == null ? -1 : STAGES.indexOf(used);
                    if (used == null || usedPosition < 0 && Character.isUpperCase(used.charAt(0))) {
                        violations.add(file + " (" + stage + ") uses the pipeline org.newslint.analysis." + used);
                    } else if (usedPosition > position) {
                        violations.add(file + " (" + stage + ") uses the later stage analysis." + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** A file a newcomer can read in one sitting; a longer one is doing more than one job and is split by job. */
    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > 400) {
                    tooLong.add(file + " has " + lines + " lines");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void everyClassOpensWithASentenceSayingWhyItExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern typeDecl = Pattern.compile(
                "^(public\\s+)?(final\\s+|abstract\\s+)*(class|interface|enum|record)\\s", Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = typeDecl.matcher(source);
                if (!m.find()) {
                    continue;
                }
                String before = source.substring(0, m.start()).strip();
                while (before.endsWith(")") || before.matches("(?s).*@\\w+$")) {
                    // skip annotations such as @Command(...)
                    int at = before.lastIndexOf('@');
                    if (at < 0) {
                        break;
                    }
                    before = before.substring(0, at).strip();
                }
                if (!before.endsWith("*/")) {
                    missing.add(file.toString());
                }
            }
        }
        assertThat(missing).as("classes without a leading doc comment").isEmpty();
    }
}
