package org.newsgraph.pipeline.ingest;

class GzipWarcSourceContractTest extends WarcSourceContractTest {
    @Override
    byte[] sample() {
        return new WarcBytes(true)
                .response("https://river.example/flood", 200, "text/html", "<p>The river burst its banks on Sunday.</p>")
                .metadata("https://river.example/flood")
                .response("https://river.example/notes", 200, "text/plain", "Sandbags are available at the depot.")
                .bytes();
    }
}
