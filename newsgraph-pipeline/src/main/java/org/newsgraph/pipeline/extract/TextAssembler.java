package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;

/**
 * Builds the cleaned article text from a draft: the original minus every removed span, one paragraph per
 * line, paragraphs that the original separated by a blank line separated by a blank line ({@code \n\n}), then
 * Unicode NFC with odd spaces made plain ({@link TextHygiene}) and runs of spaces collapsed. Thread-safe.
 */
public final class TextAssembler {
    public String assemble(Draft draft) {
        StringBuilder out = new StringBuilder(draft.original().length());
        boolean blankSince = false;
        for (Line line : draft.lines()) {
            if (line.isBlank()) {
                blankSince = true;
                continue;
            }
            String kept = keptPart(draft, line);
            if (kept.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blankSince ? "\n\n" : "\n");
            }
            out.append(kept);
            blankSince = false;
        }
        return TextHygiene.clean(out.toString()).replaceAll(" {2,}", " ").strip();
    }

    private static String keptPart(Draft draft, Line line) {
        Span s = line.span();
        List<Span> cuts = new ArrayList<>();
        for (Removed r : draft.removed()) {
            if (r.span().overlaps(s)) {
                cuts.add(r.span());
            }
        }
        if (cuts.isEmpty()) {
            return line.text();
        }
        cuts.sort(null);
        StringBuilder kept = new StringBuilder();
        int at = s.start();
        for (Span cut : cuts) {
            if (cut.start() > at) {
                appendPiece(kept, line.text().substring(at - s.start(), cut.start() - s.start()));
            }
            at = Math.max(at, cut.end());
        }
        if (at < s.end()) {
            appendPiece(kept, line.text().substring(at - s.start()));
        }
        return kept.toString().strip();
    }

    private static void appendPiece(StringBuilder kept, String piece) {
        String p = piece.strip();
        if (p.isEmpty()) {
            return;
        }
        if (!kept.isEmpty()) {
            kept.append(' ');
        }
        kept.append(p);
    }
}
