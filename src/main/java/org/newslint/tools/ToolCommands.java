package org.newslint.tools;

import java.util.List;
import org.newslint.cli.CommandExtension;

/**
 * Registers the tooling ({@code bench}, {@code eval}, {@code train}) with the {@code newslint}
 * command through {@code META-INF/services}, so the product's CLI does not depend on it.
 */
public final class ToolCommands implements CommandExtension {
    @Override
    public List<Object> subcommands() {
        return List.of(new Bench(), new EvalCommand(), new TrainCommand());
    }
}
