package org.newslint.cli;

import java.util.List;

/**
 * Subcommands that live outside the product and join the {@code newslint} command at run time
 * (the training, evaluation and benchmark tooling of {@code org.newslint.tools}). Found with
 * {@link java.util.ServiceLoader}, so the product never imports the tooling: ArchitectureTest
 * forbids it, and the jar still offers {@code newslint eval …}.
 */
public interface CommandExtension {
    /** picocli command objects ({@code @Command}-annotated), added to {@code newslint} in this order. */
    List<Object> subcommands();
}
