package org.newslint.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newslint eval}: the parent of the evaluation commands of DESIGN.md §6; every accuracy
 * figure newslint reports comes from one of these. Add a new evaluation to the {@code subcommands} list.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score newslint against annotated data (DESIGN.md section 6).",
        subcommands = {
            EvalNer.class,
            EvalQuotes.class,
            EvalAttribution.class,
            EvalVague.class,
            EvalClaims.class,
            EvalEntities.class,
            EvalSourcing.class,
            EvalSourcingAgreement.class,
            CommandLine.HelpCommand.class,
        })
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
