package org.newslint.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newslint train}: the parent of the commands that rebuild newslint's trained resources
 * from the shared data (the name-finder model and the word clusters it uses), so every shipped
 * model has a committed command behind it.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train newslint's models from data given on the command line.",
        subcommands = {
            TrainNer.class,
            TrainClusters.class,
            TrainAttributionCues.class,
            TrainClaims.class,
            TrainQuotes.class,
            TrainSourcing.class,
            CommandLine.HelpCommand.class
        })
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
