package org.newsgraph.eval.external;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.extract.Extractor;

/**
 * A main-text extractor under test: an HTML page's bytes and URL in, its main text, title and publication day out.
 * Implementations are thread-safe and never throw; a page they cannot read gives {@link Extracted#NOTHING}.
 */
public interface ExtractionSystem {
    /** What a system read from one page; {@code text} and {@code title} are empty, not null, when absent. */
    record Extracted(String text, String title, Optional<LocalDate> published) {
        public static final Extracted NOTHING = new Extracted("", "", Optional.empty());

        public Extracted {
            text = text == null ? "" : text;
            title = title == null ? "" : title;
        }
    }

    /** The name printed in the report. */
    String name();

    Extracted extract(byte[] html, String url);

    /**
     * Newsgraph's extractor, given the page as an HTML document with its URL as the only source hint (as a crawl
     * would give it): the cleaned article text, the title and the publication day it finds.
     */
    static ExtractionSystem of(String name, Extractor extractor) {
        return new ExtractionSystem() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Extracted extract(byte[] html, String url) {
                SourceHints hints = new SourceHints(null, url == null || url.isBlank() ? null : url, null, null, null);
                Outcome<Article> out = extractor.extract(new RawDocument(url == null || url.isBlank() ? "page" : url, html,
                        Format.HTML, null, hints));
                if (out instanceof Outcome.Ok<Article> ok) {
                    Article a = ok.value();
                    return new Extracted(a.text(), a.metadata().titleText().orElse(""), a.metadata().publishedDate());
                }
                return Extracted.NOTHING;
            }
        };
    }
}
