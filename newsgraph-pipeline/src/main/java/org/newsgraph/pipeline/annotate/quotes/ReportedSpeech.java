package org.newsgraph.pipeline.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Indirect quotations: "X said (that) CONTENT.", "CONTENT, X said." and "According to X, CONTENT." in sentences
 * without quotation marks. The content is the reported clause; the speaker is found as for direct quotations.
 * Immutable and thread-safe.
 */
final class ReportedSpeech {
    /** Reporting verbs that introduce a content clause; a subset of the cues, excluding "described", "called" etc. */
    private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "told", "added", "stressed", "warned",
            "noted", "insisted", "argued", "claimed", "announced", "stated", "declared", "confirmed", "explained",
            "emphasised", "emphasized", "pointed out", "reiterated", "acknowledged", "admitted", "underlined",
            "according to", "say", "tells", "adds", "warns", "notes", "insists", "argues", "claims", "announces",
            "states", "declares", "explains", "wrote", "writes", "tweeted", "posted", "reported", "reports",
            "predicted", "suggested", "suggests", "maintained", "observed", "revealed", "disclosed", "indicated",
            "conceded", "recalled", "replied", "responded", "concluded", "cautioned", "promised", "vowed",
            "threatened", "assured", "testified", "affirmed", "stresses");
    private static final int MIN_CONTENT_WORDS = 4;
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");

    private final Pattern cues;
    private final SpeakerFinder speakers;

    ReportedSpeech(Pattern cues, SpeakerFinder speakers) {
        this.cues = cues;
        this.speakers = speakers;
    }

    List<Quote> find(String text, List<QuotedSpan> direct, List<Mention> mentions, SpanIndex inner) {
        List<Quote> out = new ArrayList<>();
        SpanIndex quoted = new SpanIndex(direct.stream().map(QuotedSpan::outer).toList());
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            Span s = new Span(sentence.start(), sentence.end());
            if (quoted.overlaps(s)) {
                continue;
            }
            reported(text, s, mentions, inner).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Quote> reported(String text, Span sentence, List<Mention> mentions, SpanIndex inner) {
        Matcher cue = cues.matcher(text);
        cue.region(sentence.start(), sentence.end());
        while (cue.find()) {
            String verb = cue.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!CLAUSE_VERBS.contains(verb)) {
                continue;
            }
            int bodyEnd = trimEnd(text, sentence.start(), sentence.end());
            String before = text.substring(sentence.start(), cue.start());
            if (verb.equals("according to")) {
                int comma = text.indexOf(',', cue.end());
                if (before.isBlank() && comma > 0 && comma < bodyEnd) {
                    Optional<Speaker> sp = speakers.find(text, cue.end(), comma, SpeakerFinder.Pick.FIRST, mentions, inner);
                    Optional<Quote> q = sp.flatMap(x -> quote(text, comma + 1, bodyEnd, x, verb));
                    if (q.isPresent()) {
                        return q;
                    }
                } else if (before.strip().endsWith(",")) {
                    Optional<Speaker> sp = speakers.find(text, cue.end(), bodyEnd, SpeakerFinder.Pick.FIRST, mentions, inner);
                    return sp.flatMap(x -> quote(text, sentence.start(), sentence.start() + before.stripTrailing().length() - 1, x, verb));
                }
                continue;
            }
            int comma = before.lastIndexOf(',');
            if (comma > 0 && PatternQuoteExtractor.words(before.substring(comma + 1)) <= 6
                    && PatternQuoteExtractor.words(text.substring(cue.end(), bodyEnd)) <= 4) {
                // "CONTENT, X said."
                Optional<Speaker> sp = speakers.find(text, sentence.start() + comma + 1, cue.start(), SpeakerFinder.Pick.FIRST, mentions, inner);
                if (sp.isEmpty()) {
                    sp = speakers.find(text, cue.end(), bodyEnd, SpeakerFinder.Pick.FIRST, mentions, inner);
                }
                return sp.flatMap(x -> quote(text, sentence.start(), sentence.start() + comma, x, verb));
            }
            // "X said (that) CONTENT."
            Optional<Speaker> sp = speakers.find(text, sentence.start(), cue.start(), SpeakerFinder.Pick.LAST, mentions, inner);
            if (sp.isPresent()) {
                int contentStart = cue.end();
                String after = text.substring(cue.end(), bodyEnd);
                int that = after.indexOf(" that ");
                if (that >= 0 && that < 40) {
                    contentStart = cue.end() + that + 6;
                }
                return quote(text, contentStart, bodyEnd, sp.get(), verb);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Quote> quote(String text, int start, int end, Speaker speaker, String cue) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (PatternQuoteExtractor.words(text.substring(s, e)) < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Quote(new Span(s, e), false, speaker.entityId(), speaker.span(), cue, 0.5));
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (".!? \t".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }
}
