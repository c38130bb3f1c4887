package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;

/**
 * A text being cleaned: the original, its lines (blank ones included) and the removals so far, spans into the
 * original. Immutable; {@link #with} returns a new draft. Thread-safe.
 */
public final class Draft {
    private final String original;
    private final List<Line> lines;
    private final List<Removed> removed;
    /** Removed spans merged and sorted: starts and ends, for binary search. */
    private final int[] starts;
    private final int[] ends;

    private Draft(String original, List<Line> lines, List<Removed> removed) {
        this.original = original;
        this.lines = List.copyOf(lines);
        this.removed = List.copyOf(removed);
        List<Span> spans = new ArrayList<>(removed.size());
        for (Removed r : removed) {
            spans.add(r.span());
        }
        Collections.sort(spans);
        List<int[]> merged = new ArrayList<>();
        for (Span s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last[1]) {
                last[1] = Math.max(last[1], s.end());
            } else {
                merged.add(new int[] {s.start(), s.end()});
            }
        }
        starts = new int[merged.size()];
        ends = new int[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
        }
    }

    public String original() {
        return original;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Removed> removed() {
        return removed;
    }

    /** A draft of {@code original} with nothing removed yet except {@code removed}. */
    public static Draft of(String original, List<Removed> removed) {
        return new Draft(original, split(original), removed);
    }

    /** This draft with more removals. */
    public Draft with(List<Removed> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Removed> all = new ArrayList<>(removed);
        all.addAll(more);
        return new Draft(original, lines, all);
    }

    /**
     * Whether every character of the line's content has been removed, spaces between removals aside (blank
     * lines count as removed).
     */
    public boolean isRemoved(Line line) {
        if (line.isBlank()) {
            return true;
        }
        int i = covering(line.span().start());
        return (i >= 0 && ends[i] >= line.span().end()) || rest(line).isBlank();
    }

    /** Index of the merged removed span that covers {@code position}, or -1. */
    private int covering(int position) {
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
        return found >= 0 && ends[found] > position ? found : -1;
    }

    /**
     * Lines with content left, in order. A line whose beginning or end was removed (a date header, a site
     * prefix, a licence glued to the last paragraph) is given as its remaining part, stripped.
     */
    public List<Line> kept() {
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            if (!isRemoved(line)) {
                out.add(rest(line));
            }
        }
        return out;
    }

    private Line rest(Line line) {
        int start = line.span().start();
        int from = start;
        int to = line.span().end();
        int i = covering(from);
        if (i >= 0) {
            from = Math.min(ends[i], to);
        }
        int j = covering(to - 1);
        if (j >= 0 && starts[j] > from) {
            to = starts[j];
        }
        if (from == start && to == line.span().end()) {
            return line;
        }
        String text = line.text().substring(from - start, to - start);
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        int trail = text.length();
        while (trail > lead && text.charAt(trail - 1) == ' ') {
            trail--;
        }
        return new Line(line.index(), new Span(from + lead, from + trail), text.substring(lead, trail));
    }

    /** The line of a removal, wholly: a {@link Removed} for its content span. */
    public static Removed whole(Line line, String reason) {
        return new Removed(line.span(), reason);
    }

    /**
     * The lines of {@code original}. In hard-wrapped text (wire copy broken at a fixed width, where many lines
     * continue with a lower-case word) a paragraph's physical lines are joined into one line, up to a blank or
     * indented line; the joined text keeps the original length, breaks read as spaces.
     */
    private static List<Line> split(String original) {
        List<int[]> physical = new ArrayList<>();
        int start = 0;
        int n = original.length();
        while (start <= n) {
            int end = start;
            while (end < n && !isBreak(original.charAt(end))) {
                end++;
            }
            int s = start;
            int e = end;
            while (s < e && isSpace(original.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(original.charAt(e - 1))) {
                e--;
            }
            physical.add(new int[] {s, e, s > start ? 1 : 0});
            if (end >= n) {
                break;
            }
            start = end + 1;
            if (original.charAt(end) == '\r' && start < n && original.charAt(start) == '\n') {
                start++;
            }
        }
        boolean wrapped = isHardWrapped(original, physical);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            int s = physical.get(i)[0];
            int e = physical.get(i)[1];
            while (wrapped && e > s && i + 1 < physical.size() && physical.get(i + 1)[1] > physical.get(i + 1)[0]
                    && physical.get(i + 1)[2] == 0) {
                e = physical.get(++i)[1];
            }
            StringBuilder text = new StringBuilder(e - s);
            for (int k = s; k < e; k++) {
                char c = original.charAt(k);
                text.append(isSpace(c) || isBreak(c) ? ' ' : c);
            }
            out.add(new Line(out.size(), new Span(s, e), text.toString()));
        }
        return out;
    }

    private static boolean isHardWrapped(String original, List<int[]> physical) {
        int pairs = 0;
        int continued = 0;
        for (int i = 0; i + 1 < physical.size(); i++) {
            int[] a = physical.get(i);
            int[] b = physical.get(i + 1);
            if (a[1] > a[0] && b[1] > b[0]) {
                pairs++;
                if (Character.isLowerCase(original.charAt(b[0]))) {
                    continued++;
                }
            }
        }
        return pairs >= 4 && continued * 10 >= pairs * 3;
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u3000'
                || c == '\f' || c == '\u000B' || c == '\u200B' || c == '\uFEFF' || (c >= '\u2000' && c <= '\u200A');
    }
}
