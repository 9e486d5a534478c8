package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server leaves with its client: a watched process's exit is noticed; an invisible one is not watched. */
class ParentWatchTest {
    @Test
    void aLongLivedProcessIsWatchedAndItsDeathNoticed() throws Exception {
        Process parent = new ProcessBuilder("sleep", "60").start();
        CountDownLatch exited = new CountDownLatch(1);
        assertThat(ParentWatch.watch((int) parent.pid(), exited::countDown)).isTrue();
        assertThat(exited.getCount()).isEqualTo(1);
        parent.destroyForcibly();
        assertThat(exited.await(30, TimeUnit.SECONDS)).as("exit noticed").isTrue();
    }

    @Test
    void noProcessIdOrAnInvisibleOneIsNotWatched() {
        assertThat(ParentWatch.watch(null, () -> {})).isFalse();
        assertThat(ParentWatch.watch(Integer.MAX_VALUE, () -> {})).isFalse();
    }
}
