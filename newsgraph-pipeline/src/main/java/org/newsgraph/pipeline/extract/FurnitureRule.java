package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes whole lines of web-page furniture listed in {@code furniture.tsv}: "Top Stories", "Back to top",
 * captcha prompts, "News ID: 123", "Published: 0915 GMT ..." lines, market widgets, share buttons, bare URLs.
 * A line must match a pattern in full; lines over 300 characters, and lines in lower case ending in a full
 * stop (the end of a sentence broken over lines, "share.") are never furniture. Stateless, thread-safe.
 */
final class FurnitureRule implements BoilerplateRule {
    private record Furniture(String reason, Pattern pattern) {
    }

    private static final List<Furniture> FURNITURE = load();
    private static final int MAX_LENGTH = 300;

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        for (Line line : draft.kept()) {
            String t = line.text();
            if (t.length() > MAX_LENGTH || (Character.isLowerCase(t.charAt(0)) && t.endsWith("."))) {
                continue;
            }
            String text = line.text().replaceAll("\\s+", " ").strip();
            for (Furniture f : FURNITURE) {
                if (f.pattern().matcher(text).matches()) {
                    out.add(Draft.whole(line, f.reason()));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Furniture> load() {
        List<Furniture> out = new ArrayList<>();
        for (String[] row : TsvResource.rows("furniture.tsv")) {
            out.add(new Furniture(row[0], Pattern.compile(row[1] + "[.:!|]?",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return List.copyOf(out);
    }
}
