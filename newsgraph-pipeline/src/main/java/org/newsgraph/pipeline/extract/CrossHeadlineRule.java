package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes a headline of another story printed between the title and the lead ("Mayor: Port budget will not
 * be cut this year"): a short labelled line ("Label: headline", label of one to three capitalised
 * words) with no sentence end and no quotation mark, after the title (the first line that looks like a
 * headline) and before the lead, the first long paragraph; a text without such a lead loses nothing (tables and
 * notes of short wire items stay). Stateless, thread-safe.
 */
final class CrossHeadlineRule implements BoilerplateRule {
    private static final Pattern LABELLED = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2}: \\p{Lu}[^.!?]{5,120}$");
    private static final int LONG_PARAGRAPH = 150;

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        List<Line> kept = draft.kept();
        int title = 0;
        while (title < kept.size() && kept.get(title).text().length() < LONG_PARAGRAPH && !TitleFinder.looksLikeHeadline(kept.get(title))) {
            title++;
        }
        if (title >= kept.size() || kept.get(title).text().length() >= LONG_PARAGRAPH) {
            return out;
        }
        for (int i = title + 1; i < kept.size(); i++) {
            Line line = kept.get(i);
            if (line.text().length() >= LONG_PARAGRAPH) {
                return out;
            }
            if (LABELLED.matcher(line.text()).matches() && line.words() <= 16 && !LicenceRule.containsQuote(line.text())) {
                out.add(Draft.whole(line, "cross-headline"));
            }
        }
        return List.of();
    }
}
