package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Removed;

/**
 * Removes a line that repeats an earlier line word for word (a title printed twice, a caption shown twice);
 * the first copy stays. Lines shorter than 20 characters are never compared. Stateless, thread-safe.
 */
final class DuplicateLineRule implements BoilerplateRule {
    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Line> kept = draft.kept();
        for (int i = 0; i < kept.size(); i++) {
            Line line = kept.get(i);
            String key = TextHygiene.normalizeForMatching(line.text());
            if (key.length() < 20) {
                continue;
            }
            if (!seen.add(key)) {
                out.add(Draft.whole(line, i < 6 ? "duplicate-title" : "duplicate-line"));
            }
        }
        return out;
    }
}
