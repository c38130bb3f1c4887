package org.newsgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.EnumMap;
import java.util.Map;

/**
 * Cumulative wall time, calls and the highest heap use seen right after each stage, for benchmarks.
 *
 * @param nanos     stage → total nanoseconds
 * @param calls     stage → number of calls
 * @param peakHeap  stage → highest used heap (bytes) observed after a call of that stage
 */
public record StageTimes(Map<Stage, Long> nanos, Map<Stage, Long> calls, Map<Stage, Long> peakHeap) {
    /** The stages; {@code PREPARE_CLUSTER} is the clusterer's per-article work done ahead (the embedding). */
    public enum Stage { EXTRACT, DEDUP, ANNOTATE, RESOLVE, CODE, PREPARE_CLUSTER, CLUSTER }

    public StageTimes {
        nanos = Map.copyOf(nanos);
        calls = Map.copyOf(calls);
        peakHeap = Map.copyOf(peakHeap);
    }

    /** Mutable accumulator owned by one pipeline; thread-safe (stages of one pipeline may run on several threads). */
    static final class Recorder {
        private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
        private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
        private final Map<Stage, Long> calls = new EnumMap<>(Stage.class);
        private final Map<Stage, Long> heap = new EnumMap<>(Stage.class);
        private int sample;

        /** Records the time since {@code start}; returns now. Heap is sampled every 64th call. */
        synchronized long record(Stage stage, long start) {
            long now = System.nanoTime();
            nanos.merge(stage, now - start, Long::sum);
            calls.merge(stage, 1L, Long::sum);
            if ((sample++ & 63) == 0) {
                heap.merge(stage, MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            }
            return now;
        }

        synchronized StageTimes snapshot() {
            return new StageTimes(nanos, calls, heap);
        }
    }
}
