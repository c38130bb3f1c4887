package org.newsgraph.pipeline.language;

import java.util.Optional;
import java.util.Set;

/**
 * The languages the annotation and coding stages are written for: English only, for now. An article detected as
 * another language is stored, indexed and shown, but marked {@link #NOT_SUPPORTED} and neither annotated nor
 * coded (English rules on other languages give wrong entities, dates and quotes). An article whose language was
 * not detected (too short to tell) is treated as English.
 */
public final class SupportedLanguages {
    /** How an article in another language is marked. */
    public static final String NOT_SUPPORTED = "language not supported yet";
    private static final Set<String> SUPPORTED = Set.of("en");

    private SupportedLanguages() {
    }

    /** Whether articles in this detected language (empty: not detected) are annotated and coded. */
    public static boolean supported(Optional<String> code) {
        return code.isEmpty() || SUPPORTED.contains(code.get());
    }
}
