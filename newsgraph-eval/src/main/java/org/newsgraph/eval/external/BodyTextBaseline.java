package org.newsgraph.eval.external;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The simplest extractor, as a floor: all text of {@code <body>} as jsoup gives it (scripts and styles aside,
 * charset from the BOM or {@code <meta charset>}, else UTF-8), the {@code <title>} as the title, and no date.
 * Thread-safe.
 */
public final class BodyTextBaseline implements ExtractionSystem {
    @Override
    public String name() {
        return "baseline: all <body> text";
    }

    @Override
    public Extracted extract(byte[] html, String url) {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url);
            return new Extracted(doc.body() == null ? "" : doc.body().text(), doc.title().strip(), Optional.empty());
        } catch (IOException e) {
            return Extracted.NOTHING;
        }
    }
}
