package org.newsgraph.pipeline.extract;

import java.util.List;
import org.newsgraph.model.Removed;

/**
 * Runs the boilerplate rules in order over a text, each seeing what the earlier ones removed. Thread-safe.
 */
public final class BoilerplateRemover {
    private static final List<BoilerplateRule> STANDARD = List.of(
            new DateHeaderRule(),
            new FurnitureRule(),
            new NavCrumbRule(),
            new LicenceRule(),
            new TrailingLinksRule(),
            new CaptionRule(),
            new BylineRule(),
            new SitePrefixRule(),
            new DuplicateLineRule(),
            new CrossHeadlineRule());

    private final List<BoilerplateRule> rules;

    /** The standard rules. */
    public BoilerplateRemover() {
        this.rules = STANDARD;
    }

    /** The standard rules, then {@code more}. */
    public BoilerplateRemover(List<BoilerplateRule> more) {
        List<BoilerplateRule> all = new java.util.ArrayList<>(STANDARD);
        all.addAll(more);
        this.rules = List.copyOf(all);
    }

    /**
     * The draft of {@code original} after every rule ran, starting from removals already made (for HTML, the
     * blocks outside the main content). Never throws on odd text.
     */
    public Draft clean(String original, List<Removed> already) {
        Draft draft = Draft.of(original, already);
        for (BoilerplateRule rule : rules) {
            draft = draft.with(rule.find(draft));
        }
        return draft;
    }
}
