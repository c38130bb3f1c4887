package org.newsgraph.pipeline.annotate.time;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Timex;

/** Finds and normalizes time expressions in a text. Never throws for odd text. Thread-safe. */
public interface TimeTagger {
    /**
     * @param text      the article text; returned spans point into it
     * @param published the article's publication date, or {@code null} when nothing dates the article
     */
    List<Timex> tag(String text, LocalDate published);
}
