package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes licence and copyright statements, also when glued to the end of the last paragraph: "All Content by X
 * is licensed under a Creative Commons ...", "© 2023 X. All rights reserved." Editor initials just before
 * ("KM/RT") go with them. The statement runs to the end of its line only when little follows; otherwise to the
 * end of its sentence. Stateless, thread-safe.
 */
final class LicenceRule implements BoilerplateRule {
    static final Pattern LICENCE = Pattern.compile(
            "(?:\\b\\p{Lu}{1,4}(?:/\\p{Lu}{1,4})+ +)?All (?:Contents?|Rights|Materials?|Articles?) (?:by|of|from|on) "
                    + "(.{2,80}?) (?:is|are) (?:licen[cs]ed|published) under");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\([cC]\\) ?\\d{4}|(?:Copyright|COPYRIGHT) (?:©|\\([cC]\\)|\\d{4}))[^©]{0,160}$");

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        for (Line line : draft.kept()) {
            String text = line.text();
            Matcher m = LICENCE.matcher(text);
            if (m.find()) {
                int end = text.length();
                if (end - m.end() > 240) {
                    int stop = text.indexOf(". ", m.end());
                    end = stop < 0 ? end : stop + 1;
                }
                out.add(new Removed(line.part(m.start(), end), "licence"));
                continue;
            }
            Matcher c = COPYRIGHT.matcher(text);
            if (c.find() && (c.start() == 0 || text.charAt(c.start() - 1) == ' ') && !containsQuote(text.substring(c.start()))) {
                out.add(new Removed(line.part(c.start(), text.length()), "copyright"));
            }
        }
        return out;
    }

    static boolean containsQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
                return true;
            }
        }
        return false;
    }
}
