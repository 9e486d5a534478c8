package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EditCommandTest {
    @Test
    void withoutADisplayEditSaysSoAndExitsWithTwo() {
        Assumptions.assumeTrue(GraphicsEnvironment.isHeadless(), "a display is available: the window test covers edit");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]),
                "edit",
                "docs/sample-article.txt");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).startsWith("newslint edit: no display.").contains("xvfb-run");
    }

    @Test
    void editIsListedInTheHelp() {
        StringWriter out = new StringWriter();
        Main.run(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                new ByteArrayInputStream(new byte[0]),
                "--help");
        assertThat(out.toString()).contains("edit").contains("Swing editor");
    }
}
