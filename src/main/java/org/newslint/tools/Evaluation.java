package org.newslint.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** What every evaluation command adds to a dataset command: the file of misses and false alarms. */
abstract class Evaluation extends DatasetCommand {
    @Option(
            names = "--errors",
            paramLabel = "OUT",
            description = "Write every miss and false alarm, with context, for error analysis.")
    Path errorsOut;

    void writeErrors(List<String> errors) throws IOException {
        if (errorsOut != null) {
            Files.write(errorsOut, errors, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("errors written to " + errorsOut);
        }
    }
}
