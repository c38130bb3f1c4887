package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removed;

/**
 * Removes lines of a plain-text article that the line model ({@link LinearModel#lines()}) gives a boilerplate
 * probability at or above its threshold, with the reason {@code learned-boilerplate}; it sees the lines the earlier
 * rules left. A text of fewer than three kept lines is left alone (nothing to compare against). Thread-safe.
 */
public final class LearnedLineRule implements BoilerplateRule {
    private static final int MIN_LINES = 3;
    private final LinearModel model;

    public LearnedLineRule(LinearModel model) {
        this.model = model;
    }

    @Override
    public List<Removed> find(Draft draft) {
        List<Line> kept = draft.kept();
        List<Removed> out = new ArrayList<>();
        if (kept.size() < MIN_LINES) {
            return out;
        }
        for (int i = 0; i < kept.size(); i++) {
            LineFeatures f = LineFeatures.of(kept, i);
            if (model.probability(f.dense(), f.hashed()) >= model.threshold()) {
                out.add(Draft.whole(kept.get(i), "learned-boilerplate"));
            }
        }
        return out;
    }
}
