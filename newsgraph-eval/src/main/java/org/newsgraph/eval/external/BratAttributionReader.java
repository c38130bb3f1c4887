package org.newsgraph.eval.external;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

/**
 * Reads PolNeAR's brat standoff ({@code .ann}): text-bound {@code T} lines ({@code T3<TAB>Content 22 51;60 70<TAB>words})
 * and the {@code E} lines that tie a source, cue and content into one attribution. Other lines (notes, relations,
 * {@code Discuss}/{@code Discard} spans) are ignored, and so is an attribution without content.
 *
 * <p>Stateless and thread-safe. A malformed text-bound line, an offset outside the text, or an attribution that
 * names an unknown part is a failed outcome naming {@code location:line}, never an exception.
 */
public final class BratAttributionReader {
    private static final String QUOTES = "\"“”«»";

    /** The attributions of {@code ann}, whose offsets point into {@code text}. */
    public Outcome<List<GoldAttribution>> read(String ann, String text, String location) {
        Map<String, List<Span>> parts = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = ann.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = location + ":" + (i + 1);
            if (line.startsWith("T")) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    return Outcome.failed("malformed-brat", "a text-bound line needs an id and a label with offsets", where);
                }
                int blank = f[1].indexOf(' ');
                if (blank < 0) {
                    return Outcome.failed("malformed-brat", "no offsets after the label", where);
                }
                List<Span> spans = new ArrayList<>();
                for (String fragment : f[1].substring(blank + 1).split(";")) {
                    String[] se = fragment.trim().split(" ");
                    if (se.length != 2) {
                        return Outcome.failed("malformed-brat", "an offset pair must be 'start end': " + fragment, where);
                    }
                    int start;
                    int end;
                    try {
                        start = Integer.parseInt(se[0]);
                        end = Integer.parseInt(se[1]);
                    } catch (NumberFormatException e) {
                        return Outcome.failed("malformed-brat", "offsets must be numbers: " + fragment, where);
                    }
                    if (start < 0 || end < start || end > text.length()) {
                        return Outcome.failed("bad-offset", "offsets " + start + "-" + end + " lie outside the text of "
                                + text.length() + " characters", where);
                    }
                    spans.add(new Span(start, end));
                }
                parts.put(f[0], spans);
            } else if (line.startsWith("E")) {
                String[] f = line.split("\t");
                if (f.length < 2) {
                    return Outcome.failed("malformed-brat", "an event line needs an id and its arguments", where);
                }
                events.add(new String[] {where, f[1]});
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] event : events) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (String argument : event[1].trim().split("\\s+")) {
                int colon = argument.indexOf(':');
                if (colon < 0) {
                    return Outcome.failed("malformed-brat", "an argument must be 'Role:T<n>': " + argument, event[0]);
                }
                String role = argument.substring(0, colon);
                List<Span> spans = parts.get(argument.substring(colon + 1));
                if (spans == null) {
                    return Outcome.failed("unknown-part", "the attribution names a missing part " + argument, event[0]);
                }
                switch (role.replaceAll("\\d+$", "")) {
                    case "Content" -> content.addAll(spans);
                    case "Source" -> source.addAll(spans);
                    case "Cue" -> cue.addAll(spans);
                    default -> {
                    }
                }
            }
            if (!content.isEmpty()) {
                out.add(new GoldAttribution(content, source, cue, direct(text, GoldAttribution.cover(content))));
            }
        }
        out.sort((a, b) -> a.contentCover().compareTo(b.contentCover()));
        return Outcome.ok(out);
    }

    private static boolean direct(String text, Span content) {
        int first = content.start();
        while (first < content.end() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        boolean opensInside = first < content.end() && QUOTES.indexOf(text.charAt(first)) >= 0;
        boolean opensBefore = content.start() > 0 && QUOTES.indexOf(text.charAt(content.start() - 1)) >= 0;
        return opensInside || opensBefore;
    }
}
