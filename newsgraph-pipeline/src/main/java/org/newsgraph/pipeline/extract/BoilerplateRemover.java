package org.newsgraph.pipeline.extract;

import java.util.List;
import org.newsgraph.model.Removed;

/**
 * Runs the boilerplate rules in order over a text, each seeing what the earlier ones removed. Thread-safe.
 */
public final class BoilerplateRemover {
    private final List<BoilerplateRule> rules = List.of(
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
