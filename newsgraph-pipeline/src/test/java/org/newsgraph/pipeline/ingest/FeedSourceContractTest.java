package org.newsgraph.pipeline.ingest;

import java.io.ByteArrayInputStream;
import java.util.Set;

class FeedSourceContractTest extends SourceContractTest {
    @Override
    Source source(byte[] bytes) {
        return new FeedSource(new ByteArrayInputStream(bytes), NAME, IngestLimits.DEFAULT);
    }

    @Override
    byte[] sample() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Island Times</title>
                    <item><title>Storm cuts power</title><link>https://island.example/1</link>
                      <pubDate>Fri, 06 Sep 2024 18:00:00 +0100</pubDate>
                      <content:encoded><![CDATA[<p>A storm cut power to 4,000 homes on Friday.</p>]]></content:encoded></item>
                    <item><title>Ferry back</title><guid>https://island.example/2</guid>
                      <description>The ferry resumed on Saturday.</description></item>
                  </channel>
                </rss>
                """);
    }

    @Override
    Set<String> declaredProblems() {
        return Set.of("malformed-feed", "not-a-feed", "dtd-refused", "empty-feed", "no-body", "too-large");
    }
}
