package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes byline lines near the top ("By Ana Costa, May 9, 2021 6:10 pm", "by Harbour News Service"): a short
 * line starting with "By" and a capitalised name, at most twelve words, no sentence end, no quotation mark.
 * The date in it is read by {@link PublicationDateFinder} from the original. Stateless, thread-safe.
 */
final class BylineRule implements BoilerplateRule {
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y \\p{Lu}[\\p{L}.'-]*(?: [\\p{L}.'-]+)*(?:,? .{0,60})?$");
    private static final int HEAD_LINES = 10;

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        List<Line> kept = draft.kept();
        for (int i = 0; i < Math.min(HEAD_LINES, kept.size()); i++) {
            Line line = kept.get(i);
            String t = line.text();
            if (line.words() <= 12 && BYLINE.matcher(t).matches() && !t.endsWith(".") && !LicenceRule.containsQuote(t)) {
                out.add(Draft.whole(line, "byline"));
            }
        }
        return out;
    }
}
