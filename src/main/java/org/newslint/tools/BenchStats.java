package org.newslint.tools;

import java.util.Arrays;
import java.util.List;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Inputs;
import org.newslint.rules.Checker;
import org.newslint.text.Document;

/**
 * The timing and statistics every {@code bench} mode shares, so each mode reports medians and
 * percentiles the same way: warm-up passes, one timed call, interleaved pairs, percentiles.
 */
final class BenchStats {
    private BenchStats() {}

    /** Untimed passes over every article, so the JIT and the caches are warm before anything is timed. */
    static void warmUp(int passes, List<Inputs.Input> inputs, Checker... checkers) {
        for (int w = 0; w < passes; w++) {
            for (Inputs.Input in : inputs) {
                for (Checker c : checkers) {
                    c.check(in.document(), Settings.defaults());
                }
            }
        }
    }

    /** Milliseconds one analysis of {@code document} takes. */
    static double time(Checker checker, Document document) {
        return time(() -> checker.check(document, Settings.defaults()));
    }

    /** Milliseconds {@code work} takes. */
    static double time(Runnable work) {
        long s = System.nanoTime();
        work.run();
        return (System.nanoTime() - s) / 1e6;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Milliseconds of this thread's CPU time {@code work} takes: unlike wall time, it does not grow
     * when other processes compete for the cores (JIT and GC threads are not counted, for either side).
     */
    static double cpuTime(Runnable work) {
        long s = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - s) / 1e6;
    }

    /**
     * As {@link #interleavedMedians}, in this thread's CPU time ({@link #cpuTime}); a separate set of
     * runs, so neither clock's reading disturbs the other's.
     */
    static double[] interleavedCpuMedians(int runs, Runnable a, Runnable b) {
        return interleaved(runs, a, b, BenchStats::cpuTime);
    }

    /**
     * Times {@code a} and {@code b} {@code runs} times each in alternating order (a first on even
     * runs, b first on odd ones), so a burst of load hits both sides alike; returns the median
     * milliseconds of each, {@code {a, b}}.
     */
    static double[] interleavedMedians(int runs, Runnable a, Runnable b) {
        return interleaved(runs, a, b, BenchStats::time);
    }

    private static double[] interleaved(
            int runs, Runnable a, Runnable b, java.util.function.ToDoubleFunction<Runnable> clock) {
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int r = 0; r < runs; r++) {
            if (r % 2 == 0) {
                ta[r] = clock.applyAsDouble(a);
                tb[r] = clock.applyAsDouble(b);
            } else {
                tb[r] = clock.applyAsDouble(b);
                ta[r] = clock.applyAsDouble(a);
            }
        }
        return new double[] {median(ta), median(tb)};
    }

    /** The median of {@code values} (the upper one of an even count), sorting them in place. */
    static double median(double[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** The {@code p}th percentile of an already sorted list, by the nearest rank. */
    static double pct(List<Double> sorted, int p) {
        int i = (int) Math.round((sorted.size() - 1) * p / 100.0);
        return sorted.get(i);
    }
}
