package org.newsgraph.pipeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;

/**
 * Removes a {@code date 2023-07-20} header at the very start of a text (some archives prepend one). The date
 * itself is read by {@link PublicationDateFinder}. Stateless, thread-safe.
 */
final class DateHeaderRule implements BoilerplateRule {
    static final Pattern HEADER = Pattern.compile("^date (\\d{4}-\\d{2}-\\d{2})(?: |$)");

    @Override
    public List<Removed> find(Draft draft) {
        for (Line line : draft.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = HEADER.matcher(line.text());
            return m.find() ? List.of(new Removed(line.part(0, m.end()), "date-header")) : List.of();
        }
        return List.of();
    }
}
