package org.newslint.cli;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslint.swing.BufferFile;
import org.newslint.swing.SwingEditor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint edit [FILE]}: opens the Swing editor, a small Emacs-keyed window that is itself an
 * LSP client of this jar's server, for people who do not use an LSP editor. Fails with a clear
 * message where there is no display.
 */
@Command(
        name = "edit",
        description =
                "Open an article in the Swing editor (Emacs keys; diagnostics, hover and outline from the newslint server).")
final class EditCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "The article to edit; created on first save if it does not exist.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (GraphicsEnvironment.isHeadless()) {
            err.println(
                    "newslint edit: no display. The Swing editor needs a graphical display"
                            + (System.getenv("DISPLAY") == null
                                    ? " (DISPLAY is not set)"
                                    : " (java.awt.headless is set)")
                            + "; run it on a desktop, under xvfb-run, or use the language server from your editor (newslint lsp).");
            return Main.USAGE;
        }
        SwingEditor editor;
        try {
            editor = SwingEditor.open(file);
        } catch (BufferFile.FileError e) {
            err.println("newslint edit: " + e.getMessage());
            return Main.USAGE;
        } catch (HeadlessException e) {
            err.println("newslint edit: " + e.getMessage());
            return Main.USAGE;
        }
        editor.awaitClosed();
        return 0;
    }
}
