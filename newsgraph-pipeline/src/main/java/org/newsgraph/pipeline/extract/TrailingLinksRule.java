package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes "Read More:", "Related:", "Also read:" headers and the short link-title lines right after them (at
 * most eight; each with no sentence end and no quotation mark). A header with a link title on its own line
 * ("Read more: X meets Y") goes too when short. Stateless, thread-safe.
 */
final class TrailingLinksRule implements BoilerplateRule {
    private static final String HEADERS = "read more|read also|also read|related|related (?:stories|articles|news|posts|content|topics)"
            + "|see also|more from [\\p{L} ]{1,30}|more stories|more news|recommended|recommended for you|you may also like"
            + "|you might also like|trending|trending now|most read|most popular|latest news|more on this story|further reading";
    private static final Pattern HEADER = Pattern.compile("^(?:" + HEADERS + ") ?:?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern INLINE = Pattern.compile("^(?:" + HEADERS + ") ?: ?(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LINKS = 8;

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        List<Line> kept = draft.kept();
        for (int i = 0; i < kept.size(); i++) {
            Line line = kept.get(i);
            if (HEADER.matcher(line.text()).matches()) {
                out.add(Draft.whole(line, "related-links"));
                int links = 0;
                while (i + 1 < kept.size() && links < MAX_LINKS && isLinkTitle(kept.get(i + 1).text())) {
                    out.add(Draft.whole(kept.get(++i), "related-links"));
                    links++;
                }
                continue;
            }
            Matcher m = INLINE.matcher(line.text());
            if (m.matches() && isLinkTitle(m.group(1))) {
                out.add(Draft.whole(line, "related-links"));
            }
        }
        return out;
    }

    static boolean isLinkTitle(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 160 && t.split(" +").length <= 20 && !t.endsWith(".")
                && !LicenceRule.containsQuote(t);
    }
}
