package org.newsgraph.pipeline.language;

import java.util.Optional;
import org.newsgraph.model.Found;

/**
 * Tells which language a text is written in. Implementations are stateless, thread-safe and never throw: a text
 * too short or too mixed to tell gives an empty value.
 */
@FunctionalInterface
public interface LanguageDetector {
    /** The text's language as an ISO 639-1 code ({@code und}: not a language the detector knows), with the rule used. */
    Optional<Found<String>> detect(String text);
}
