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

    /**
     * A detected language for people: "English (en)", "French (fr) — language not supported yet: not annotated or
     * coded", or "not detected (treated as English)".
     */
    public static String describe(Optional<org.newsgraph.model.Found<String>> language) {
        if (language.isEmpty()) {
            return "not detected (treated as English)";
        }
        String code = language.get().value();
        String label = FunctionWordLanguageDetector.name(code) + " (" + code + ")";
        return supported(Optional.of(code)) ? label : label + " — " + NOT_SUPPORTED + ": not annotated or coded";
    }

    /** Whether articles in this detected language (empty: not detected) are annotated and coded. */
    public static boolean supported(Optional<String> code) {
        return code.isEmpty() || SUPPORTED.contains(code.get());
    }
}
