package org.newslint.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Settings;
import org.newslint.config.ConfigFiles;
import org.newslint.config.ProjectConfig;
import org.newslint.lsp.StdioServer;
import org.newslint.rules.Checker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code newslint} command. With no arguments (as an editor starts it) or with {@code lsp} /
 * {@code --stdio} it serves LSP on stdio; {@code check} and {@code analyze} call the core directly.
 */
@Command(
        name = "newslint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks news articles for unattributed claims, quotes without speakers and vague sources.",
        subcommands = {Main.Lsp.class, CheckCommand.class, Main.Analyze.class, EditCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit status: a finding reached --fail-on. */
    public static final int FINDINGS = 1;
    /** Exit status: bad usage or unreadable input. */
    public static final int USAGE = 2;

    @Option(names = "--stdio", description = "Serve LSP over stdin/stdout (the default without a command).")
    boolean stdio;

    private static java.io.InputStream stdin = System.in;

    /** What a person who runs {@code newslint} with no arguments in a terminal sees. */
    static final String SHORT_USAGE = String.join(
            System.lineSeparator(),
            "newslint checks news articles for unattributed claims, quotes without speakers and vague sources.",
            "",
            "  newslint check FILE|DIR|GLOB...   findings, compiler style (--format json|sarif, --baseline FILE)",
            "  newslint analyze FILE...          the full analysis (quotes, speakers, entities) as JSON",
            "  newslint edit [FILE]              the desktop editor",
            "  newslint lsp                      the language server on stdin/stdout (what editors start)",
            "  newslint --help                   every command and option",
            "");

    /** Whether stdin and stdout are a terminal (Java 22+ has a console for pipes too, and says so). */
    static boolean onATerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 there is a console only on a terminal
        }
    }

    static java.io.InputStream stdin() {
        return stdin;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length == 0) {
            if (onATerminal()) {
                // a person typed "newslint": editors start it with pipes, never a terminal
                System.err.print(SHORT_USAGE);
                System.err.flush();
                return USAGE;
            }
            return StdioServer.runOnStdio();
        }
        if (args[0].equals("lsp") && (args.length == 1 || args.length == 2 && args[1].equals("--stdio"))) {
            // the editor waits for this start: building the command line model first (picocli reflects
            // over every subcommand's options) cost about a tenth of it; "lsp --help" still goes through picocli
            return StdioServer.runOnStdio();
        }
        return run(
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.in,
                args);
    }

    /** Runs a command with the given streams; the seam the CLI tests use. */
    static int run(PrintWriter out, PrintWriter err, java.io.InputStream in, String... args) {
        stdin = in;
        CommandLine cl = new CommandLine(new Main());
        for (CommandExtension extension : java.util.ServiceLoader.load(CommandExtension.class)) {
            for (Object command : extension.subcommands()) {
                cl.addSubcommand(command);
            }
        }
        cl.addSubcommand(new CommandLine.HelpCommand());
        withHelpOptions(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("newslint: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'newslint --help'.");
            return USAGE;
        });
        return cl.execute(args);
    }

    /**
     * {@code -h}/{@code --help} (and {@code -V}) on every subcommand, so {@code newslint check --help}
     * prints its usage instead of complaining about the missing FILE.
     */
    private static void withHelpOptions(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.optionsMap().get("--help") == null && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                spec.mixinStandardHelpOptions(true);
            }
            withHelpOptions(sub);
        }
    }

    @Override
    public Integer call() {
        return StdioServer.runOnStdio();
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newslint " + (v == null ? "dev" : v)};
        }
    }

    @Command(name = "lsp", description = "Serve the Language Server Protocol on stdin/stdout.")
    static final class Lsp implements Callable<Integer> {
        @Option(names = "--stdio", description = "Accepted for editors that pass it; stdio is the only transport.")
        boolean stdio;

        @Override
        public Integer call() {
            return StdioServer.runOnStdio();
        }
    }

    /** A rule id on the command line: one of the rules, or a usage error that lists them. */
    static final class RuleId implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String id) {
            if (!org.newslint.config.SettingsJson.ruleIds().contains(id)) {
                throw new CommandLine.TypeConversionException("unknown rule '" + id + "' (rules: "
                        + String.join(", ", org.newslint.config.SettingsJson.ruleIds()) + ")");
            }
            return id;
        }
    }

    /** An {@code --encoding} value: a charset the JVM knows, or a usage error naming a few that it does. */
    static final class EncodingName implements CommandLine.ITypeConverter<java.nio.charset.Charset> {
        @Override
        public java.nio.charset.Charset convert(String name) {
            try {
                return java.nio.charset.Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown encoding '" + name + "' (for example UTF-8, ISO-8859-1, windows-1252)");
            }
        }
    }

    /** Options shared by check and analyze. */
    static class Common {
        @Parameters(
                arity = "1..*",
                paramLabel = "FILE",
                description = "Files or directories (*.txt, *.md, *.html), or - for stdin.")
        List<String> files;

        @Option(
                names = "--disable",
                split = ",",
                paramLabel = "RULE",
                converter = RuleId.class,
                description = "Rule ids to switch off.")
        List<String> disabled = List.of();

        @Option(
                names = "--encoding",
                paramLabel = "CHARSET",
                converter = EncodingName.class,
                description = "Read files and stdin in this encoding, strictly: a file that is not valid in it is an "
                        + "error, the others are still checked. Default: UTF-8, and a file that is not valid UTF-8 is "
                        + "read as Windows-1252 with a notice.")
        java.nio.charset.Charset encoding;

        @Option(
                names = "--config",
                paramLabel = "FILE",
                description = "Use this .newslint.json for every file instead of the nearest one above each file.")
        Path config;

        /** Reads each .newslint.json once, its problems printed once to stderr. */
        ConfigFiles configFiles;

        /** Whether any .newslint.json had a problem (the run then exits with USAGE, having used the defaults). */
        boolean configProblems;

        ConfigFiles configFiles(PrintWriter err) {
            if (configFiles == null) {
                configFiles = new ConfigFiles(problem -> {
                    configProblems = true;
                    err.println("newslint: " + problem);
                });
            }
            return configFiles;
        }

        /** The project configuration of an input: --config, or the nearest .newslint.json above it. */
        ProjectConfig projectConfig(Inputs.Input in, PrintWriter err) {
            ConfigFiles files = configFiles(err);
            if (config != null) {
                return files.load(config);
            }
            return files.forFile(pathOf(in));
        }

        static Path pathOf(Inputs.Input in) {
            String uri = in.document().uri();
            return uri.startsWith("file:")
                    ? Path.of(java.net.URI.create(uri))
                    : Path.of("").toAbsolutePath().resolve("<stdin>");
        }

        /** The settings for one input: defaults, then its .newslint.json, then the command line. */
        Settings settings(ProjectConfig project) {
            Settings s = project == null ? Settings.defaults() : project.settings();
            for (String id : disabled) {
                s = s.with(id, false, null);
            }
            return s;
        }

        Settings settings() {
            return settings(null);
        }
    }

    @Command(
            name = "analyze",
            aliases = "analyse",
            description =
                    "Write the full analysis (quotes, entities, sentences, findings) as JSON, or as a readable report.")
    static final class Analyze extends Common implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
        String format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!format.equals("text") && !format.equals("json")) {
                err.println("newslint: --format must be json or text, not '" + format + "'");
                return USAGE;
            }
            Inputs.Gathered gathered = gather(files, err, encoding);
            List<Inputs.Input> inputs = gathered.inputs();
            Checker checker = Checker.createDefault();
            JsonArray all = new JsonArray();
            for (Inputs.Input in : inputs) {
                ProjectConfig project = projectConfig(in, err);
                if (project != null && project.ignores(pathOf(in))) {
                    continue;
                }
                Settings settings = settings(project);
                ArticleAnalysis a = checker.check(in.document(), settings);
                if (format.equals("text")) {
                    out.println("### " + in.displayPath());
                    out.print(TextReport.of(a));
                } else {
                    all.add(JsonReport.of(in.displayPath(), a, settings.rulesDocumentationUrl()));
                }
            }
            if (format.equals("json")) {
                out.println(new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .serializeNulls()
                        .create()
                        .toJson(all.size() == 1 ? all.get(0) : all));
            }
            out.flush();
            return gathered.errors().isEmpty() && !configProblems ? 0 : USAGE;
        }
    }

    /**
     * The documents of the arguments, with one stderr line for each argument that gave nothing or was
     * read with a caveat; the others are still checked, and the command then exits with {@link #USAGE}.
     */
    static Inputs.Gathered gather(List<String> files, PrintWriter err, java.nio.charset.Charset encoding) {
        Inputs.Gathered gathered = Inputs.gather(files, stdin, encoding);
        for (String notice : gathered.notices()) {
            err.println("newslint: " + notice);
        }
        for (String error : gathered.errors()) {
            err.println("newslint: " + error);
        }
        return gathered;
    }
}
