package org.newslint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the evaluation commands: every accuracy figure newslint reports comes from one of these. */
@Command(name = "eval", description = "Measure accuracy against gold data (precision/recall/F1).",
        subcommands = {EvalQuotes.class, EvalAttribution.class, EvalVague.class, EvalClaims.class, EvalEntities.class,
                CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which evaluation to run (see 'newslint eval help')");
    }
}
