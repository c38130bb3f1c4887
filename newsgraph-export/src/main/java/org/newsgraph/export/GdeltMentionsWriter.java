package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GDELT 2.0 mentions table: 16 tab-separated positional columns ({@link #COLUMNS}), no header, one line per
 * article reporting an event of the event table ({@link GdeltEventWriter}: events without a resolved day are left
 * out here too, so every GLOBALEVENTID refers to a row there). EventTimeDate is the event's DATEADDED;
 * MentionTimeDate the article's publication day (time 000000; empty when undated); MentionType 1 (web);
 * MentionSourceName the URL's host, else the outlet; MentionIdentifier the URL; SentenceID (1-based), ActionCharOffset
 * (the trigger's offset into the cleaned text) and Confidence (0–100) from the article's main coded mention of the
 * event, empty when it has none; InRawText 1 when it has one; MentionDocLen the cleaned text's length; actor
 * offsets, tone, translation and extras empty. Stateless and thread-safe.
 */
final class GdeltMentionsWriter implements ExportWriter {
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
            "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
            "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    @Override
    public int write(List<ExportedEvent> events, Writer out) throws IOException {
        int left = 0;
        for (ExportedEvent x : events) {
            if (x.event().date() == null || x.event().date().day().isEmpty()) {
                left++;
                continue;
            }
            ExportedEvent.Source first = x.firstReport();
            String added = first == null || first.published() == null ? "" : stamp(first.published());
            for (ExportedEvent.Source s : x.sources()) {
                ExportedEvent.Evidence ev = x.evidence().stream()
                        .filter(v -> v.articleId().equals(s.articleId()) && v.main()).findFirst()
                        .or(() -> x.evidence().stream().filter(v -> v.articleId().equals(s.articleId())).findFirst())
                        .orElse(null);
                List<String> row = new ArrayList<>(COLUMNS.size());
                row.add(Long.toString(GdeltIds.globalEventId(x.event().id())));
                row.add(added);
                row.add(s.published() == null ? "" : stamp(s.published()));
                row.add("1");
                row.add(sourceName(s));
                row.add(s.url() == null ? "" : s.url());
                row.add(ev == null || ev.sentenceNumber() < 1 ? "" : Integer.toString(ev.sentenceNumber()));
                row.add("");
                row.add("");
                row.add(ev == null ? "" : Integer.toString(ev.triggerStart()));
                row.add(ev == null ? "0" : "1");
                row.add(ev == null ? "" : Long.toString(Math.round(Math.max(0, Math.min(1, ev.confidence())) * 100)));
                row.add(Integer.toString(s.textLength()));
                row.add("");
                row.add("");
                row.add("");
                out.write(String.join("\t", row.stream().map(GdeltEventWriter::clean).toList()));
                out.write('\n');
            }
        }
        return left;
    }

    private static String stamp(String isoDay) {
        return isoDay.replace("-", "") + "000000";
    }

    private static String sourceName(ExportedEvent.Source s) {
        if (s.url() != null) {
            try {
                String host = URI.create(s.url()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall back to the outlet
            }
        }
        return s.outlet() == null ? "" : s.outlet();
    }
}
