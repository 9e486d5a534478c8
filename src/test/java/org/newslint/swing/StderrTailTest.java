package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The server's last stderr lines, as error messages quote them. */
class StderrTailTest {
    @Test
    void keepsTheLastFortyLinesAndQuotesTheLastThatSaysSomething() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("line ").append(i).append('\n');
        }
        sb.append("  Caused by: no model\n   \n\n");
        StderrTail tail = new StderrTail();
        Thread t = tail.drain(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(tail.lines()).hasSize(StderrTail.LINES).endsWith("  Caused by: no model", "   ", "");
        assertThat(tail.lines().get(0)).isEqualTo("line 13");
        assertThat(tail.lastSaid()).isEqualTo("; it said: Caused by: no model");
    }

    @Test
    void saysNothingWhenNothingWasWritten() {
        StderrTail tail = new StderrTail();
        assertThat(tail.lastSaid()).isEmpty();
        tail.add(" ");
        assertThat(tail.lastSaid()).isEmpty();
        assertThat(tail.lines()).containsExactly(" ");
    }
}
