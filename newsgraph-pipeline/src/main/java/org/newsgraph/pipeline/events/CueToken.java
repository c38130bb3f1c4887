package org.newsgraph.pipeline.events;

import java.util.Objects;

/** One element of a {@link CuePattern}. */
public sealed interface CueToken {
    /** Matches any inflection of a word: the text token and the cue word share a stem. */
    record Stem(String word, String stem) implements CueToken {
        public Stem {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(stem, "stem");
        }
    }

    /** Matches exactly this form, ignoring case ({@code =talks} in the ontology file). */
    record Exact(String form) implements CueToken {
        public Exact {
            Objects.requireNonNull(form, "form");
        }
    }

    /** Skips up to {@code max} tokens ({@code *} in the ontology file). */
    record Gap(int max) implements CueToken {
        public Gap {
            if (max < 1) {
                throw new IllegalArgumentException("a gap must allow at least one token: " + max);
            }
        }
    }
}
