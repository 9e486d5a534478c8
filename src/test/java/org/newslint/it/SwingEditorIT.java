package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.swing.SwingEditor;

/**
 * The Swing editor in a real window against the packaged jar's server (a subprocess, over stdio,
 * as {@code newslint edit} runs it): opens the sample article, waits for the diagnostics to be
 * underlined, jumps to a claim, opens the outline, hovers a name, saves screenshots to
 * {@code target/artifacts/}, edits, saves, refuses to quit when a save fails, and quits. Needs a
 * display: {@code editors/swing/xvfb-test.sh} runs it under Xvfb. Skipped with a message without one.
 */
class SwingEditorIT {
    private static final Duration FIRST = Duration.ofSeconds(90);
    private static final Duration LATER = Duration.ofSeconds(30);

    /** Waits briefly for point to reach an offset (real events arrive asynchronously); returns point. */
    private static int awaitPoint(SwingEditor editor, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (editor.point() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return editor.point();
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void editsTheSampleArticleInARealWindow(@TempDir Path tmp) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println(
                    "SwingEditorIT skipped: no display (DISPLAY is not set); run editors/swing/xvfb-test.sh to run it under Xvfb");
        }
        Assumptions.assumeFalse(
                GraphicsEnvironment.isHeadless(),
                "no display (DISPLAY is not set): run editors/swing/xvfb-test.sh to run the window test under Xvfb");
        System.setProperty("newslint.server.jar", JarRoundTripIT.jar().toString());
        Path work = Files.createDirectories(tmp.resolve("desk"));
        Path article = work.resolve("sample-article.txt");
        Files.copy(JarRoundTripIT.projectDir().resolve("docs/sample-article.txt"), article);
        String original = Files.readString(article, StandardCharsets.UTF_8);
        Path artifacts = Files.createDirectories(JarRoundTripIT.projectDir().resolve("target/artifacts"));

        SwingEditor editor = SwingEditor.open(article);
        try {
            // diagnostics arrive and are underlined
            assertThat(editor.awaitDiagnostics(FIRST))
                    .as(
                            "diagnostics for the opened text; echo: %s; mode line: %s",
                            editor.echoText(), editor.modeLine())
                    .isTrue();
            assertThat(editor.diagnostics())
                    .as("diagnostics")
                    .anyMatch(d -> d.contains("[unattributed-claim]"))
                    .anyMatch(d -> d.contains("[vague-source]"));
            assertThat(editor.underlines())
                    .as("wavy underlines painted")
                    .isEqualTo(editor.diagnostics().size());
            assertThat(editor.modeLine()).contains("sample-article.txt").contains("warnings");

            // the outline: quotes grouped by speaker, then the entities
            editor.keys("C-c o");
            assertThat(editor.outlineShowing()).isTrue();
            assertThat(editor.awaitOutline(LATER)).as("outline content").isTrue();
            assertThat(editor.outline())
                    .anyMatch(l -> l.startsWith("Rachel Dunmore — 1 quote"))
                    .anyMatch(l -> l.startsWith("  \"We know this will be painful"))
                    .anyMatch(l -> l.startsWith("People"))
                    .anyMatch(l -> l.startsWith("Organisations"));

            // C-s to the figure: the echo line shows the diagnostic at point
            editor.keys("C-s");
            editor.type("18,000");
            editor.keys("RET");
            assertThat(editor.point()).isEqualTo(original.indexOf("18,000") + "18,000".length());
            editor.keys("C-a");
            // the sourcing decision takes this figure for public record: a hint, which the echo line still shows
            assertThat(editor.echoText()).as("the diagnostic at point").containsIgnoringCase("figure with no source");
            Thread.sleep(300); // let the split pane lay out before painting
            BufferedImage shot = editor.screenshot();
            ImageIO.write(shot, "png", artifacts.resolve("swing-editor.png").toFile());
            System.err.println("SwingEditorIT: screenshot " + artifacts.resolve("swing-editor.png"));

            // hover: rest the mouse on a name
            editor.hoverAt(original.indexOf("Tom Baxter") + 2);
            assertThat(editor.awaitHover(LATER)).as("hover popup").isTrue();
            assertThat(editor.hoverText()).contains("Tom Baxter");
            ImageIO.write(
                    editor.screenshot(),
                    "png",
                    artifacts.resolve("swing-editor-hover.png").toFile());

            // real key events from the X server, through AWT: a click puts point in the text, C-e goes to the line end
            Robot robot = new Robot();
            robot.setAutoDelay(30);
            int dunmore = original.indexOf("Dunmore said drivers");
            Point at = editor.screenPoint(dunmore);
            robot.mouseMove(at.x, at.y);
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            robot.waitForIdle();
            assertThat(awaitPoint(editor, dunmore)).as("point after the click").isEqualTo(dunmore);
            robot.keyPress(KeyEvent.VK_CONTROL);
            robot.keyPress(KeyEvent.VK_E);
            robot.keyRelease(KeyEvent.VK_E);
            robot.keyRelease(KeyEvent.VK_CONTROL);
            robot.waitForIdle();
            int lineEnd = original.indexOf('\n', dunmore);
            assertThat(awaitPoint(editor, lineEnd)).as("C-e from the keyboard").isEqualTo(lineEnd);
            robot.keyPress(KeyEvent.VK_ALT);
            robot.keyPress(KeyEvent.VK_B);
            robot.keyRelease(KeyEvent.VK_B);
            robot.keyRelease(KeyEvent.VK_ALT);
            robot.waitForIdle();
            assertThat(awaitPoint(editor, lineEnd - "closure.".length()))
                    .as("M-b from the keyboard")
                    .isEqualTo(lineEnd - "closure.".length());
            assertThat(editor.text()).as("no key typed a character").isEqualTo(original);

            // an edit: a new unsourced figure is analysed, then saved
            editor.keys("M->");
            editor.type("The council has 40 engineers on the project.");
            assertThat(editor.modified()).isTrue();
            assertThat(editor.awaitDiagnostics(LATER))
                    .as("diagnostics for the edited text")
                    .isTrue();
            int newLine = original.split("\n", -1).length; // 1-based: the text went on the last line
            assertThat(editor.diagnostics())
                    .as("a diagnostic on the new line %d", newLine)
                    .anyMatch(d -> d.startsWith(newLine + ":1 "));
            editor.keys("C-x C-s");
            assertThat(editor.echoText()).startsWith("Wrote ");
            assertThat(editor.modified()).isFalse();
            assertThat(Files.readString(article, StandardCharsets.UTF_8))
                    .isEqualTo(original + "The council has 40 engineers on the project.");

            // a save that fails says why, and quitting then does not lose the text
            Path moved = tmp.resolve("moved");
            Files.move(work, moved);
            editor.type(" More.");
            editor.keys("C-x C-s");
            assertThat(editor.echoText()).contains("Cannot save").contains("does not exist");
            assertThat(editor.modified()).isTrue();
            editor.keys("C-x C-c");
            assertThat(editor.echoText()).startsWith("Save sample-article.txt before quitting?");
            editor.type("y");
            assertThat(editor.showing())
                    .as("the save failed, so the window stays")
                    .isTrue();
            assertThat(editor.echoText()).contains("Cannot save");
            Files.move(moved, work);
            editor.keys("C-x C-c");
            editor.type("n");
            assertThat(editor.echoText()).startsWith("Quit without saving?");
            editor.keys("C-g");
            assertThat(editor.showing()).isTrue();
            editor.keys("C-x C-s");
            assertThat(Files.readString(article, StandardCharsets.UTF_8)).endsWith("on the project. More.");
            editor.keys("C-x C-c");
            assertThat(editor.awaitClosed(LATER))
                    .as("the window closed and the server stopped")
                    .isTrue();
        } finally {
            if (editor.showing()) {
                editor.quitDiscardingChanges();
                editor.awaitClosed(LATER);
            }
        }
    }
}
