package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes a site-name prefix glued to the start of an early paragraph ("Gulf PressGulf News: The ..."): at most
 * five capitalised words, glued together at least once, ending in a colon, that unglued reads as a site name:
 * three words or more, ending in a word such as "News" or "Press", or repeating a word ("Gulf Press" + "Gulf
 * News"). A dateline ("Baghdad (IP):") has no glue and is kept; so is a camel-cased name ("FreedomWorks CEO:").
 * Stateless, thread-safe.
 */
final class SitePrefixRule implements BoilerplateRule {
    private static final Pattern PREFIX = Pattern.compile("^(\\p{Lu}\\p{L}*+(?: \\p{Lu}\\p{L}*+){0,4}):(?: +|$)");
    private static final Pattern GLUE = Pattern.compile("\\p{Ll}{2}\\p{Lu}");
    private static final int HEAD_LINES = 6;
    private static final Set<String> SITE_WORDS = Set.of("News", "Press", "Online", "Media", "Today",
            "Times", "Daily", "Agency", "TV", "Network", "Post", "Herald", "Wire", "Report");

    static boolean readsAsSiteName(String prefix) {
        String[] words = prefix.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").strip().split(" +");
        if (words.length < 3) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        boolean repeated = false;
        for (String w : words) {
            repeated |= !seen.add(w);
        }
        return repeated || SITE_WORDS.contains(words[words.length - 1]);
    }

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        List<Line> kept = draft.kept();
        for (int i = 0; i < Math.min(HEAD_LINES, kept.size()); i++) {
            Line line = kept.get(i);
            Matcher m = PREFIX.matcher(line.text());
            if (m.find() && m.group(1).length() <= 40 && GLUE.matcher(m.group(1)).find() && readsAsSiteName(m.group(1))
                    && m.end() < line.text().length()) {
                out.add(new Removed(line.part(0, m.end()), "site-prefix"));
            }
        }
        return out;
    }
}
