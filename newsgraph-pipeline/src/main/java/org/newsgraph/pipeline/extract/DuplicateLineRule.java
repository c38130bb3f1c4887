package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Removed;

/**
 * Removes a line that repeats an earlier line word for word (a title printed twice, a caption shown twice);
 * the first copy stays. Only lines of four words or more count: at least 20 characters among the first six lines,
 * 80 further down, so repeated rows of a table stay. Stateless, thread-safe.
 */
final class DuplicateLineRule implements BoilerplateRule {
    private static final int HEAD_LINES = 6;

    @Override
    public List<Removed> find(Draft draft) {
        List<Removed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Line> kept = draft.kept();
        for (int i = 0; i < kept.size(); i++) {
            Line line = kept.get(i);
            String key = TextHygiene.normalizeForMatching(line.text());
            boolean head = i < HEAD_LINES;
            if (key.length() < (head ? 20 : 80) || line.words() < 4) {
                continue;
            }
            if (!seen.add(key)) {
                out.add(Draft.whole(line, head ? "duplicate-title" : "duplicate-line"));
            }
        }
        return out;
    }
}
