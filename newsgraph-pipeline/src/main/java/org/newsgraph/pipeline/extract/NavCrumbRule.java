package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes navigation crumbs: short lines of section names glued together ("South AsiaChinaEurope") or
 * separated by bars ("World | Politics | Business"). A glued crumb has at least two glue points and only
 * capitalised words, so "YouTube and PayPal" is safe. Stateless, thread-safe.
 */
final class NavCrumbRule implements BoilerplateRule {
    private static final Pattern GLUE = Pattern.compile("\\p{Ll}\\p{Lu}");
    private static final Pattern CAPITALISED = Pattern.compile("(?:[\\p{Lu}&][\\p{L}&'-]*)(?: [\\p{Lu}&][\\p{L}&'-]*)*");

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        for (Line line : draft.kept()) {
            String text = line.text();
            if (text.length() > 100) {
                continue;
            }
            if (isGlued(text) || isBarred(text)) {
                out.add(Draft.whole(line, "nav-crumb"));
            }
        }
        return out;
    }

    static boolean isGlued(String text) {
        if (!CAPITALISED.matcher(text).matches()) {
            return false;
        }
        Matcher m = GLUE.matcher(text);
        int glue = 0;
        while (m.find()) {
            // "Mc" and "Mac" prefixes glue inside one name
            int at = m.start();
            int wordStart = text.lastIndexOf(' ', at) + 1;
            String before = text.substring(wordStart, at + 1);
            if (before.length() >= 3 && !before.equals("Mac")) {
                glue++;
            }
        }
        return glue >= 2;
    }

    static boolean isBarred(String text) {
        String[] items = text.split(" ?[|•·] ?");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.split(" ").length > 3 || !Character.isUpperCase(item.strip().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
