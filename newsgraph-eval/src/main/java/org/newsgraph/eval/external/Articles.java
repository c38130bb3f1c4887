package org.newsgraph.eval.external;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;

/** Builds the article the language layer sees from a benchmark's plain text. Stateless. */
final class Articles {
    private Articles() {
    }

    /** Annotates one short text, so that models loaded on first use are not counted in a benchmark's time. */
    static void warmUp(org.newsgraph.pipeline.annotate.Annotator annotator) {
        annotator.annotate(of("warm-up", "The council met in Lisbon on Monday, officials said.", LocalDate.of(2000, 1, 3)));
    }

    /** An article whose text is {@code text} as given, dated {@code published} when not {@code null}. */
    static Article of(String id, String text, LocalDate published) {
        Metadata metadata = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(published).map(d -> new Found<>(d, "benchmark", null)));
        return new Article(id, "benchmark:" + id, null, text, text, metadata, List.of(), Integer.toHexString(text.hashCode()));
    }
}
