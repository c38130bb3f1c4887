package org.newsgraph.eval.external;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A quote as a system found it, reduced to what attribution scoring compares.
 *
 * @param span         the quoted words
 * @param speaker      the mention naming the speaker, or {@code null}
 * @param speakerNames names the system gives the speaker (entity aliases, canonical mention), possibly empty
 */
public record SystemQuote(Span span, Span speaker, List<String> speakerNames) {
    public SystemQuote {
        Objects.requireNonNull(span, "span");
        speakerNames = List.copyOf(speakerNames);
    }

    /** Whether the system named any speaker. */
    public boolean attributed() {
        return speaker != null || !speakerNames.isEmpty();
    }
}
