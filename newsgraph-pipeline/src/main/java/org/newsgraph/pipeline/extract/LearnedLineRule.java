package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removed;

/**
 * Removes lines of a plain-text article that the line model ({@link LinearModel#lines()}) gives a boilerplate
 * probability at or above its threshold, with the reason {@code learned-boilerplate}; it sees the lines the earlier
 * rules left. A text of fewer than three kept lines is left alone (nothing to compare against), and so are the
 * lines {@link #isProtected} names. Thread-safe.
 */
public final class LearnedLineRule implements BoilerplateRule {
    private static final int MIN_LINES = 3;
    private final LinearModel model;

    public LearnedLineRule(LinearModel model) {
        this.model = model;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[\"“”«»„]");
    private static final int QUOTED_WORDS = 8;

    /**
     * Lines the model never removes, since losing content is worse than keeping furniture: the first line when it
     * looks like the headline (it becomes the title), and a line of {@value #QUOTED_WORDS} words or more holding a
     * quotation mark (a quote).
     */
    public static boolean isProtected(List<Line> kept, int index) {
        Line line = kept.get(index);
        if (index == 0 && TitleFinder.looksLikeHeadline(line)) {
            return true;
        }
        return line.words() >= QUOTED_WORDS && QUOTED.matcher(line.text()).find();
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
            if (!isProtected(kept, i) && model.probability(f.dense(), f.hashed()) >= model.threshold()) {
                out.add(Draft.whole(kept.get(i), "learned-boilerplate"));
            }
        }
        return out;
    }
}
