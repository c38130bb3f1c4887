package org.newsgraph.flink;

import java.net.URI;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.newsgraph.model.Article;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.server.OpenSearchIndex;

/**
 * Indexes the stored articles in OpenSearch. Indexing is idempotent (the document id is the article id), and the
 * writer commits (bulk and refresh) on every checkpoint and at the end of input, so a restore re-sends at most what
 * came after the last checkpoint and duplicates nothing.
 */
final class SearchIndexSink implements Sink<Envelope> {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final String index;
    private final String analyzer;

    SearchIndexSink(URI url, String index, String analyzer) {
        this.url = url.toString();
        this.index = index;
        this.analyzer = analyzer;
    }

    @Override
    public SinkWriter<Envelope> createWriter(WriterInitContext context) {
        OpenSearchIndex search = OpenSearchIndex.open(URI.create(url), index, analyzer);
        return new SinkWriter<>() {
            @Override
            public void write(Envelope stored, Context c) {
                search.index(Json.read(stored.payload, Article.class));
            }

            @Override
            public void flush(boolean endOfInput) {
                search.commit();
            }

            @Override
            public void close() {
                search.commit();
            }
        };
    }
}
