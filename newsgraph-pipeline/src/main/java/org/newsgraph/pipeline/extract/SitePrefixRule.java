package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes a site-name prefix glued to the start of an early paragraph ("Iran PressIran News: Ali ..."): at most
 * five capitalised words, glued together at least once, ending in a colon. A dateline ("Tehran (IP):") has no
 * glue and is kept. Stateless, thread-safe.
 */
final class SitePrefixRule implements BoilerplateRule {
    private static final Pattern PREFIX = Pattern.compile("^((?:\\p{Lu}[\\p{L}]*[ ]?){1,5}):(?: +|$)");
    private static final Pattern GLUE = Pattern.compile("\\p{Ll}{2}\\p{Lu}");
    private static final int HEAD_LINES = 6;

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        List<Line> kept = draft.kept();
        for (int i = 0; i < Math.min(HEAD_LINES, kept.size()); i++) {
            Line line = kept.get(i);
            Matcher m = PREFIX.matcher(line.text());
            if (m.find() && m.group(1).length() <= 40 && GLUE.matcher(m.group(1)).find() && m.end() < line.text().length()) {
                out.add(new Removed(line.part(0, m.end()), "site-prefix"));
            }
        }
        return out;
    }
}
