package org.newsgraph.pipeline.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Finds direct quotations by their marks ({@link QuotationMarks}) and attributes each to a speaker through the
 * reporting cue next to it: after the quotation ("…,” he said", "…,” said the minister", "…,” according to the
 * ministry") or before it in the same sentence ("X said: “…”", "X described it as “…”"). A quotation without a
 * cue continues the previous speaker when it opens a paragraph right after one of theirs (long quotations run
 * over paragraphs). Very short quoted words with no speaker are scare quotes or titles and are left out.
 * Reported speech ("X said that …", "…, X said.") is found by {@link ReportedSpeech}.
 *
 * <p>Speakers come from the given mentions; with no mentions at all the speaker is a capitalised name or a
 * nominal description in the cue clause, given as words only ({@code speakerId} null). Immutable and
 * thread-safe; odd text gives fewer quotes, never an exception.
 */
public final class PatternQuoteExtractor implements QuoteExtractor {
    /** How many words may stand between a closing mark and the cue that follows it ("…,” Kenyan Foreign Minister Amos Wekesa told reporters). */
    private static final int MAX_WORDS_BEFORE_TRAILING_CUE = 14;
    /** At most this many words between two quotations of one paragraph ("“…,” he said. “…”") keep the speaker. */
    private static final int MAX_WORDS_BETWEEN_CONTINUED = 12;
    /** At most this many words between a quotation ending a sentence and its cue ("….” Kenyan Foreign Minister Amos Wekesa said). */
    private static final int MAX_WORDS_AFTER_FULL_STOP = 5;
    /** Quoted words with fewer words than this and no speaker are treated as scare quotes or titles. */
    private static final int MIN_UNATTRIBUTED_WORDS = 5;
    static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr|Mt|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z]))"
                    + "[.!?](?=[\\s”\"’]|$)");
    /** A dateline opening a story: a place in capitals, perhaps an outlet in brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}\\p{M} ,.'’-]*\\p{Lu}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[–—-]+\\s+");
    /** Only "and" between a quotation and a cue: a second verb of the sentence's subject. */
    private static final Pattern COORDINATED = Pattern.compile("[\\s,]*and\\s+", Pattern.CASE_INSENSITIVE);
    /** A verb with no subject of its own after a quotation (",” also rejected …"): the sentence's predicate goes on. */
    private static final Pattern PREDICATE_GOES_ON = Pattern.compile(
            "[\\s,–—-]*(?:(?:also|then|later|further)\\s+)?\\p{Ll}+ed\\b");
    /**
     * Running words right after a quoted fragment, with no punctuation between: a verb or a preposition rather
     * than a speaker ("“no civilian” had been harmed …"). Pronouns and articles may open a speaker ("“…” he said").
     */
    private static final Pattern RUNS_ON = Pattern.compile(
            "[ \\u00a0]+(?!(?:he|she|it|they|we|i|the|a|an|his|her|its|their|our|one|two|three|some|several|many)\\b)"
                    + "\\p{Ll}");
    private static final Pattern AFTER_SPEAKER_CUES = Pattern.compile("according\\s+to|in\\s+(?:a|the)\\s+statement",
            Pattern.CASE_INSENSITIVE);

    private final QuotationMarks marks;
    private final BlockQuotations blocks;
    private final Pattern cues;
    private final SpeakerFinder speakers;
    private final ReportedSpeech reported;

    /** The English cue lists shipped with the project. */
    public PatternQuoteExtractor() {
        this(QuoteLexicon.english());
    }

    PatternQuoteExtractor(QuoteLexicon lexicon) {
        this.cues = lexicon.cuePattern();
        this.marks = new QuotationMarks(cues);
        this.blocks = new BlockQuotations(cues);
        this.speakers = new SpeakerFinder(lexicon);
        this.reported = new ReportedSpeech(cues, speakers);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Sentence bounds are found around each quotation (abbreviation-aware), so {@code sentences} may be empty;
     * speakers come from {@code mentions}, whose entity ids are returned as they are, so {@code entities} is not
     * consulted. Mentions outside the text are ignored; {@code null} lists count as empty.
     */
    @Override
    public List<Quote> extract(String text, List<Span> sentences, List<Mention> mentions, List<Entity> entities) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Mention> known = mentions == null ? List.of()
                : mentions.stream().filter(m -> m.span().end() <= text.length()).toList();
        List<QuotedSpan> quoted = new ArrayList<>(marks.find(text));
        quoted.addAll(blocks.find(text, quoted));
        quoted.sort((a, b) -> a.outer().compareTo(b.outer()));
        SpanIndex inner = new SpanIndex(quoted.stream().map(QuotedSpan::inner).toList());
        List<Quote> indirect = reported.find(text, quoted, known, inner);
        List<Quote> out = new ArrayList<>();
        List<QuotedSpan> outSpans = new ArrayList<>();
        Quote previous = null;
        QuotedSpan previousSpan = null;
        for (int i = 0; i < quoted.size(); i++) {
            QuotedSpan q = quoted.get(i);
            int prevEnd = i > 0 ? quoted.get(i - 1).outer().end() : 0;
            int nextStart = i + 1 < quoted.size() ? quoted.get(i + 1).outer().start() : text.length();
            Optional<Quote> quote = attribute(text, q, prevEnd, nextStart, known, inner);
            boolean unattributed = quote.isEmpty() || quote.get().speakerSpan() == null;
            if (unattributed && previous != null && previous.speakerSpan() != null && continues(text, previousSpan, q)) {
                String cue = quote.map(Quote::cue).orElse(previous.cue());
                quote = Optional.of(new Quote(q.inner(), true, previous.speakerId(), previous.speakerSpan(), cue,
                        Math.min(previous.confidence(), 0.6)));
            }
            unattributed = quote.isEmpty() || quote.get().speakerSpan() == null;
            if (unattributed && !known.isEmpty()) {
                String ownCue = quote.map(Quote::cue).orElse(null);
                Optional<Quote> context = fromContext(text, q, known, out, indirect);
                if (context.isPresent()) {
                    Quote c = context.get();
                    quote = Optional.of(ownCue == null ? c
                            : new Quote(c.span(), c.direct(), c.speakerId(), c.speakerSpan(), ownCue, c.confidence()));
                }
            }
            if (quote.isEmpty() && words(q.inner().of(text)) >= MIN_UNATTRIBUTED_WORDS) {
                quote = Optional.of(new Quote(q.inner(), true, null, null, null, 0.4));
            }
            if (quote.isPresent()) {
                out.add(quote.get());
                outSpans.add(q);
                previous = quote.get();
                previousSpan = q;
            }
        }
        attributeOpenParagraphsBackwards(text, out, outSpans);
        out.addAll(indirect);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    /**
     * A speaker for a quotation with no cue of its own: the speaker of a statement in the paragraphs right before
     * one opening its paragraph (a communiqué quoted paragraph by paragraph after "the bloc said …"), else the
     * subject of the headline holding it. Long quotations only take the former; a headline's words only the latter.
     */
    private static Optional<Quote> fromContext(String text, QuotedSpan q, List<Mention> mentions, List<Quote> direct,
                                               List<Quote> indirect) {
        if (words(q.inner().of(text)) >= MIN_UNATTRIBUTED_WORDS) {
            List<Quote> statements = new ArrayList<>(direct);
            statements.addAll(indirect);
            Optional<Quote> before = ContextSpeakers.statementBefore(text, q.outer(), statements);
            if (before.isPresent()) {
                return Optional.of(new Quote(q.inner(), true, before.get().speakerId(), before.get().speakerSpan(),
                        before.get().cue(), 0.5));
            }
        }
        return ContextSpeakers.headlineSubject(text, q.outer(), mentions)
                .map(s -> new Quote(q.inner(), true, s.entityId(), s.span(), null, 0.5));
    }

    private Optional<Quote> attribute(String text, QuotedSpan q, int prevEnd, int nextStart, List<Mention> mentions,
                                      SpanIndex inner) {
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, q.outer().start() - 1)) + 1;
        int paragraphEnd = text.indexOf('\n', q.outer().end());
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        boolean mentionsGiven = !mentions.isEmpty();
        double scale = mentionsGiven ? 1.0 : 0.9;

        // after the quotation: ",” he said." / ",” said Wekesa." / ",” according to the ministry."
        int end = Math.min(Math.min(nextStart, paragraphEnd), sentenceEnd(text, q.outer().end(), paragraphEnd));
        if (q.closed() && end >= q.outer().end()) {
            Matcher cue = cues.matcher(text);
            cue.region(q.outer().end(), end);
            if (cue.find() && trailingCue(text, q, cue.start())) {
                boolean speakerAfter = AFTER_SPEAKER_CUES.matcher(cue.group()).matches();
                Optional<Speaker> speaker;
                if (!speakerAfter && PREDICATE_GOES_ON.matcher(text).region(q.outer().end(), cue.start()).lookingAt()) {
                    // "The leaders, freezing “…”, also rejected … and declared": the cue shares the sentence's subject
                    int sentence = Math.max(prevEnd, sentenceStart(text, q.outer().start(), paragraphStart));
                    speaker = speakers.find(text, Math.min(sentence, q.outer().start()), q.outer().start(),
                            SpeakerFinder.Pick.FIRST, mentions, inner);
                } else {
                    speaker = speakerAfter ? Optional.empty()
                            : speakers.find(text, q.outer().end(), cue.start(), SpeakerFinder.Pick.FIRST, mentions, inner);
                }
                if (speaker.isEmpty()) {
                    speaker = speakers.find(text, cue.end(), end, SpeakerFinder.Pick.FIRST, mentions, inner);
                }
                if (speaker.isPresent()) {
                    return Optional.of(quote(q, speaker.get(), cue.group(), 0.9 * scale));
                }
                if (words(text.substring(q.outer().end(), cue.start())) <= 1) {
                    // "…,” he said." with no one for "he" to refer to
                    return Optional.of(new Quote(q.inner(), true, null, null, normalCue(cue.group()), 0.5));
                }
            }
        }
        // before the quotation, in its sentence: "X said: “…”", "X described it as “…”"
        int start = Math.max(prevEnd, Math.max(paragraphStart, sentenceStart(text, q.outer().start(), paragraphStart)));
        if (text.substring(paragraphStart, q.outer().start()).isBlank()) {
            // "The minister told reporters:" closing the paragraph before a block of quotation
            int beforeEnd = paragraphStart;
            while (beforeEnd > 0 && Character.isWhitespace(text.charAt(beforeEnd - 1))) {
                beforeEnd--;
            }
            if (beforeEnd > 0 && text.charAt(beforeEnd - 1) == ':') {
                int previousParagraph = text.lastIndexOf('\n', beforeEnd - 1) + 1;
                start = Math.max(prevEnd, sentenceStart(text, beforeEnd, previousParagraph));
            }
        }
        start = Math.min(start, q.outer().start());
        Matcher dateline = DATELINE.matcher(text).region(start, q.outer().start());
        if (dateline.lookingAt()) {
            // "HARBOURTOWN (Wire) – The council …": the dateline names a place, never the speaker
            start = dateline.end();
        }
        Matcher cue = cues.matcher(text);
        cue.region(start, q.outer().start());
        Span lastCue = null;
        String lastCueText = null;
        while (cue.find()) {
            lastCue = new Span(cue.start(), cue.end());
            lastCueText = cue.group();
        }
        if (lastCue != null) {
            boolean speakerAfter = AFTER_SPEAKER_CUES.matcher(lastCueText).matches();
            // a participle ("…, saying “…”") belongs to the subject of the sentence, a finite verb to the nearest name
            SpeakerFinder.Pick pick = !lastCueText.endsWith("ing") ? SpeakerFinder.Pick.LAST
                    : subjectRightBefore(text, start, lastCue.start()) ? SpeakerFinder.Pick.ADJACENT : SpeakerFinder.Pick.FIRST;
            Optional<Speaker> speaker = speakerAfter
                    ? speakers.find(text, lastCue.end(), q.outer().start(), SpeakerFinder.Pick.FIRST, mentions, inner)
                    : speakers.find(text, start, lastCue.start(), pick, mentions, inner);
            if (speaker.isEmpty() && !speakerAfter) {
                // "Said Ellis: “…”"
                speaker = speakers.find(text, lastCue.end(), q.outer().start(), SpeakerFinder.Pick.FIRST, mentions, inner);
            }
            if (speaker.isEmpty() && speakerAfter && lastCue.start() > start) {
                // "The army said in a statement read on television that …": the subject before the phrase
                speaker = speakers.find(text, start, lastCue.start(), SpeakerFinder.Pick.LAST, mentions, inner);
            }
            if (speaker.isPresent()) {
                return Optional.of(quote(q, speaker.get(), lastCueText, 0.8 * scale));
            }
            if (words(text.substring(lastCue.end(), q.outer().start())) <= 1) {
                // "Some shouted: “…”": said by someone the text does not name
                return Optional.of(new Quote(q.inner(), true, null, null, normalCue(lastCueText), 0.5));
            }
        }
        return Optional.empty();
    }

    /**
     * A quotation running over paragraphs (each opened, none closed) whose attribution comes only at its end
     * ("“First …¶“Second …,” it reads."): the earlier paragraphs take the speaker of the last.
     */
    private static void attributeOpenParagraphsBackwards(String text, List<Quote> out, List<QuotedSpan> spans) {
        for (int i = out.size() - 2; i >= 0; i--) {
            Quote current = out.get(i);
            Quote next = out.get(i + 1);
            QuotedSpan span = spans.get(i);
            if (current.speakerSpan() == null && next.speakerSpan() != null && !span.closed()
                    && span.outer().end() <= spans.get(i + 1).outer().start()
                    && text.substring(span.outer().end(), spans.get(i + 1).outer().start()).isBlank()) {
                out.set(i, new Quote(current.span(), true, next.speakerId(), next.speakerSpan(), next.cue(),
                        Math.min(next.confidence(), 0.6)));
            }
        }
    }

    /** "… with Lena Markova only telling reporters": a participle with its own subject just before it. */
    private static boolean subjectRightBefore(String text, int from, int cueStart) {
        String before = text.substring(from, cueStart).stripTrailing();
        if (before.isEmpty() || before.endsWith(",")) {
            return false;
        }
        String[] words = before.split("\\s+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue at {@code cueStart} after the quotation attributes it: a few words after a quotation ending in
     * a comma ("…,” Ana Ruiz, a political scientist, told the agency); right after a quotation ending a sentence
     * ("….” Wekesa said.), but not a new sentence of its own ("….” Holm, in turn, thanked Wekesa.).
     */
    private static boolean trailingCue(String text, QuotedSpan q, int cueStart) {
        String between = text.substring(q.outer().end(), cueStart);
        if (COORDINATED.matcher(between).matches()) {
            // "X said “…”, and added that the company …": the cue shares the subject before the quotation
            return false;
        }
        String inner = q.inner().of(text);
        if (RUNS_ON.matcher(between).lookingAt() && !inner.isEmpty()
                && Character.isLetterOrDigit(inner.charAt(inner.length() - 1))) {
            // "said that “no civilian” had been harmed in what it called …": the words run on in their sentence
            return false;
        }
        boolean sentenceEnded = inner.endsWith(".") || text.startsWith(".", q.outer().end());
        if (sentenceEnded) {
            return words(between) <= MAX_WORDS_AFTER_FULL_STOP && between.indexOf(',') < 0;
        }
        return words(between) <= MAX_WORDS_BEFORE_TRAILING_CUE;
    }

    private static Quote quote(QuotedSpan q, Speaker speaker, String cue, double confidence) {
        return new Quote(q.inner(), true, speaker.entityId(), speaker.span(), normalCue(cue), confidence);
    }

    private static String normalCue(String cue) {
        return cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * A paragraph of a long quotation (the previous one was left open), a quotation right after the previous one
     * and its attribution in the same paragraph, or one that opens the paragraph right after a paragraph holding
     * the previous quotation.
     */
    private boolean continues(String text, QuotedSpan previous, QuotedSpan current) {
        if (previous == null || previous.outer().end() > current.outer().start()) {
            return false;
        }
        String between = text.substring(previous.outer().end(), current.outer().start());
        if (!previous.closed() && between.isBlank()) {
            return true;
        }
        if (between.indexOf('\n') < 0 && (words(between) <= MAX_WORDS_BETWEEN_CONTINUED
                || words(between) <= 2 * MAX_WORDS_BETWEEN_CONTINUED && cues.matcher(between).find()
                || !endsSentence(previous.inner().of(text)) && opensNextSentence(between))) {
            return true;
        }
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, current.outer().start() - 1)) + 1;
        boolean opensParagraph = text.substring(paragraphStart, current.outer().start()).isBlank();
        int previousParagraphEnd = text.indexOf('\n', previous.outer().end());
        return opensParagraph && previousParagraphEnd >= 0
                && text.substring(previousParagraphEnd, paragraphStart).isBlank();
    }

    /**
     * Whether {@code between} (the words from one quotation to the next) only finishes the sentence of the first,
     * so that the second opens the sentence right after it ("X stressed that ties are “healthy” and growing. “…”").
     */
    private static boolean opensNextSentence(String between) {
        Matcher end = SENTENCE_END.matcher(between);
        int ends = 0;
        int lastEnd = -1;
        while (end.find()) {
            ends++;
            lastEnd = end.end();
        }
        return ends == 1 && between.substring(lastEnd).isBlank();
    }

    private static boolean endsSentence(String quoted) {
        return !quoted.isEmpty() && ".!?".indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
    }

    private static int sentenceStart(String text, int before, int floor) {
        if (floor >= before) {
            return before;
        }
        Matcher m = SENTENCE_END.matcher(text);
        m.region(floor, before);
        int start = floor;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int from, int ceiling) {
        if (from >= ceiling) {
            return from;
        }
        Matcher m = SENTENCE_END.matcher(text);
        m.region(from, ceiling);
        return m.find() ? m.end() : ceiling;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
