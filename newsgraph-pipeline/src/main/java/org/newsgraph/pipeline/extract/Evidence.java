package org.newsgraph.pipeline.extract;

import java.util.Optional;
import org.newsgraph.model.SourceHints;

/**
 * Everything metadata finders may read: the cleaned draft (its lines point into the original), what the source
 * stated, what the page markup stated, the article URL and the dateline.
 *
 * @param draft    the original text after boilerplate removal
 * @param hints    metadata the source stated (JSONL fields)
 * @param page     metadata the HTML markup stated; {@link PageFacts#NONE} for plain text
 * @param url      the article URL from the source or the page, if any
 * @param dateline the dateline of the lead, if any
 */
public record Evidence(Draft draft, SourceHints hints, PageFacts page, Optional<String> url, Optional<Dateline> dateline) {
}
