package org.newslint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newslint eval}: the parent of the evaluation commands of DESIGN.md §6. Each evaluation is
 * its own subcommand class; add new ones (quotes, attribution, …) to the {@code subcommands} list.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score newslint against annotated data (DESIGN.md section 6).",
        subcommands = {
            EvalNer.class,
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
