package org.newsgraph.pipeline.annotate.quotes;

import java.util.Arrays;
import java.util.Collection;
import org.newsgraph.model.Span;

/**
 * A set of spans answering "is this span inside one of them?" and "does it overlap one of them?" in logarithmic
 * time, so that long texts with many quotations stay fast. Immutable and thread-safe.
 */
final class SpanIndex {
    private final int[] starts;
    /** {@code maxEnds[i]}: the largest end among the first {@code i + 1} spans in start order. */
    private final int[] maxEnds;

    SpanIndex(Collection<Span> spans) {
        Span[] sorted = spans.toArray(Span[]::new);
        Arrays.sort(sorted);
        starts = new int[sorted.length];
        maxEnds = new int[sorted.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            max = Math.max(max, sorted[i].end());
            maxEnds[i] = max;
        }
    }

    /** Whether some span contains {@code s}. */
    boolean contains(Span s) {
        int i = lastStartAtMost(s.start());
        return i >= 0 && maxEnds[i] >= s.end();
    }

    /** Whether some span shares a character with {@code s}. */
    boolean overlaps(Span s) {
        int i = lastStartAtMost(s.end() - 1);
        return i >= 0 && maxEnds[i] > s.start();
    }

    private int lastStartAtMost(int position) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
