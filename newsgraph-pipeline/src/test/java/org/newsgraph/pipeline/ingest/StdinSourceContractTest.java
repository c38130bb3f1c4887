package org.newsgraph.pipeline.ingest;

import java.io.ByteArrayInputStream;
import java.util.Set;

class StdinSourceContractTest extends SourceContractTest {
    @Override
    Source source(byte[] bytes) {
        return new StdinSource(new ByteArrayInputStream(bytes), IngestLimits.DEFAULT);
    }

    @Override
    byte[] sample() {
        return new GzipWarcSourceContractTest().sample();
    }

    @Override
    String inputName() {
        return "stdin";
    }

    @Override
    boolean mayGiveNothing() {
        return true;
    }

    @Override
    Set<String> declaredProblems() {
        return Set.of("malformed-feed", "not-a-feed", "dtd-refused", "empty-feed", "no-body", "too-large",
                "malformed-warc", "truncated", "malformed-http", "http-status", "unsupported-content-type", "empty",
                "malformed-json", "invalid-utf8", "unreadable");
    }
}
