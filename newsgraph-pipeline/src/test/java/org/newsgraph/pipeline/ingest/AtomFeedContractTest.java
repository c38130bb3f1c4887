package org.newsgraph.pipeline.ingest;

import java.io.ByteArrayInputStream;
import java.util.Set;

class AtomFeedContractTest extends SourceContractTest {
    @Override
    Source source(byte[] bytes) {
        return new FeedSource(new ByteArrayInputStream(bytes), NAME, IngestLimits.DEFAULT);
    }

    @Override
    byte[] sample() {
        return utf8("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Hill &amp;amp; Dale</title>
                  <entry><id>urn:hd:1</id><title>Rail strike ends</title><updated>2023-11-02T10:00:00Z</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The strike <b>ended</b>.</p></div></content></entry>
                  <entry><id>urn:hd:2</id><title>Bus fares rise</title><published>2023-11-03</published>
                    <summary>Fares rise by ten cents in January.</summary></entry>
                </feed>
                """);
    }

    @Override
    Set<String> declaredProblems() {
        return Set.of("malformed-feed", "not-a-feed", "dtd-refused", "empty-feed", "no-body", "too-large");
    }
}
