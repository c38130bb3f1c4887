package org.newsgraph.pipeline.ingest;

import java.io.ByteArrayInputStream;
import java.util.Set;

class WarcSourceContractTest extends SourceContractTest {
    @Override
    Source source(byte[] bytes) {
        return new WarcSource(new ByteArrayInputStream(bytes), NAME, IngestLimits.DEFAULT);
    }

    @Override
    byte[] sample() {
        return new WarcBytes(false)
                .warcinfo()
                .request("https://river.example/flood")
                .response("https://river.example/flood", 200, "text/html; charset=UTF-8",
                        "<html><body><p>The river burst its banks on Sunday.</p></body></html>")
                .response("https://river.example/notes", 200, "text/plain", "Sandbags are available at the depot.")
                .bytes();
    }

    @Override
    boolean mayGiveNothing() {
        return true;
    }

    @Override
    Set<String> declaredProblems() {
        return Set.of("malformed-warc", "truncated", "malformed-http", "http-status", "unsupported-content-type", "too-large", "empty");
    }
}
