package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import org.junit.jupiter.api.Test;

class KillRingTest {
    @Test
    void killsStackNewestFirstAndMetaYCyclesThroughThem() {
        KillRing ring = new KillRing(null);
        assertThat(ring.yank()).isNull();
        ring.kill("one", false, false);
        ring.kill("two", false, false);
        ring.kill("three", false, false);
        assertThat(ring.yank()).isEqualTo("three");
        assertThat(ring.rotate()).isEqualTo("two");
        assertThat(ring.rotate()).isEqualTo("one");
        assertThat(ring.rotate()).as("round again").isEqualTo("three");
        assertThat(ring.yank()).as("C-y starts from the newest again").isEqualTo("three");
    }

    @Test
    void consecutiveKillsJoinForwardAndBackward() {
        KillRing ring = new KillRing(null);
        ring.kill("The bridge", false, false);
        ring.kill("\n", true, false);
        assertThat(ring.yank()).isEqualTo("The bridge\n");
        ring.kill("word ", false, false);
        ring.kill("backward ", true, true);
        assertThat(ring.yank()).isEqualTo("backward word ");
        assertThat(ring.size()).isEqualTo(2);
    }

    @Test
    void theRingIsBounded() {
        KillRing ring = new KillRing(null);
        for (int i = 0; i < KillRing.MAX + 30; i++) {
            ring.kill("k" + i, false, false);
        }
        assertThat(ring.size()).isEqualTo(KillRing.MAX);
    }

    @Test
    void killsGoToTheClipboardAndACopyFromElsewhereIsYankedNext() throws Exception {
        Clipboard clipboard = new Clipboard("test");
        KillRing ring = new KillRing(clipboard);
        ring.kill("from the editor", false, false);
        assertThat(clipboard.getData(DataFlavor.stringFlavor)).isEqualTo("from the editor");
        assertThat(ring.yank()).isEqualTo("from the editor");
        clipboard.setContents(new StringSelection("from a browser\r\nsecond line"), null);
        assertThat(ring.yank()).isEqualTo("from a browser\nsecond line");
        assertThat(ring.rotate()).isEqualTo("from the editor");
    }
}
