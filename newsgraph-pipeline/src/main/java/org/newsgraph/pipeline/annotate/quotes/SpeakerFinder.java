package org.newsgraph.pipeline.annotate.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

/**
 * Finds the speaker in a stretch of text around a reporting cue. With mentions from the entity layer it picks
 * a mention: a pronoun goes to the subject of the latest sentence naming someone of its kind ("they" to the body
 * the text names most), an unlinked definite description of one person ("the Orion chief executive") likewise,
 * and a statement or communiqué to its author ("a statement from X") or else to the body that issued it, never
 * to the official who read it. Without mentions it falls back to a capitalised name or a nominal description
 * ("the senior port official") and gives words only, no entity. Immutable and thread-safe; spans outside the
 * text are the caller's fault, odd text gives no speaker rather than an exception.
 */
final class SpeakerFinder {
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(?:he|she|they|it|we|I)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}(?:\\p{L}{0,3}\\.|[\\p{L}'’-]*)"
                    + "(?:[ \\u00a0]+(?:(?:de|da|del|al|bin|van|von|der|la|le)[ \\u00a0]+)?\\p{Lu}(?:\\p{L}{0,3}\\.|[\\p{L}'’-]*))*");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?:\\b(?:in|on|at|to|with|for|from|of|by|about|into|against|than|between|over|after|before|during|via)"
                    + "|[‘“\"'])\\s*(?:(?:the|a|an)\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_OR_DETERMINER_BEFORE = Pattern.compile(
            "\\b(?:in|on|at|to|with|for|from|of|by|about|into|against|than|between|over|after|before|during|via|the|a|an)"
                    + "\\s+$", Pattern.CASE_INSENSITIVE);
    /** A document that speaks for the body that issued it ("the statement said"). */
    private static final Pattern DOCUMENT = Pattern.compile(
            "\\b(?:statement|communiqu[eé]|resolution|declaration|press\\s+release)$", Pattern.CASE_INSENSITIVE);
    /** What stands between a document and its author: "a statement (Friday) from …". */
    private static final Pattern FROM_AUTHOR = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+){0,2}?from\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** "Nordwind's shares": a possessor, not the subject of its sentence. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
    /** "who read the communiqué": the one named is only its reader. */
    private static final Pattern READ_BEFORE = Pattern.compile("\\bwho\\s+read(?:\\s+out)?\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A participle clause opening a sentence, up to its comma ("Referring to the attacks, "). */
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("\\s*\\p{Lu}\\p{Ll}+ing\\b[^,.\\n]*,");
    /** A capitalised word right after a candidate: the candidate modifies a longer name ("Kenya Navy Admiral"). */
    private static final Pattern MODIFIER_AFTER = Pattern.compile("[ \\u00a0]\\p{Lu}");
    /** "Emphasizing the need …": a participle opening a clause, not a name. */
    private static final Pattern PARTICIPLE_WITH_OBJECT = Pattern.compile(
            "\\p{Lu}\\p{Ll}+ing\\s+(?:the|a|an|that|his|her|its|their|on|to)\\b");
    private static final Pattern OF_LINK = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final Pattern DETERMINER = Pattern.compile("(?<![\\p{L}])(?:[Tt]he|[Aa]n?)\\s+");
    private static final Pattern WORD = Pattern.compile("([\\p{L}-]+)[ \\u00a0]*");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "in",
            "on", "at", "but", "and", "for", "with", "by", "from", "as", "after", "before", "this", "that", "these",
            "those", "his", "her", "their", "its", "our", "my", "when", "while", "if", "speaking", "asked", "meanwhile",
            "however", "also", "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "earlier", "later", "there", "here", "what", "who", "said", "says", "told");

    /** How far back a pronoun's antecedent is looked for when no mentions were given. */
    private static final int ANTECEDENT_WINDOW = 1500;

    /** Characters between a bare title and the name it belongs to ("Minister of Trade Karl"). */
    private static final int TITLE_TO_NAME_GAP = 24;

    private final QuoteLexicon lexicon;
    /** A reporting cue right after a name ("… as Varga specified"): that name reports the sentence. */
    private final Pattern cueAfterName;

    SpeakerFinder(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        Pattern cues = lexicon.cuePattern();
        this.cueAfterName = Pattern.compile("[ \\u00a0]+(?:also[ \\u00a0]+)?(?:" + cues.pattern() + ")", cues.flags());
    }

    /** Which candidate of a stretch is the speaker. */
    enum Pick {
        /** The first: the subject right after a quotation or after "according to". */
        FIRST,
        /** The last before a cue that follows the speaker ("Wekesa, speaking in Oslo, said:"). */
        LAST,
        /** The last, even after a preposition ("with Lena Markova telling reporters"). */
        ADJACENT
    }

    /**
     * The speaker within {@code [from, to)}: a mention, a pronoun resolved to an earlier mention, or (with no
     * mentions at all) a capitalised name or nominal description. Candidates that follow a preposition are passed
     * over while others exist; {@code quoted} spans are skipped. Empty when nothing fits; never throws for spans
     * inside the text.
     */
    Optional<Speaker> find(String text, int from, int to, Pick pick, List<Mention> mentions, SpanIndex quoted) {
        if (from >= to) {
            return Optional.empty();
        }
        List<Span> candidates = new ArrayList<>();
        mentions.stream()
                .filter(m -> m.span().start() >= from && m.span().end() <= to && m.type() != EntityType.LOC)
                .filter(m -> !quoted.contains(m.span()))
                .forEach(m -> candidates.add(m.span()));
        pronouns(text, from, to, quoted).stream()
                .filter(p -> candidates.stream().noneMatch(c -> c.overlaps(p)))
                .forEach(candidates::add);
        if (!mentions.isEmpty()) {
            for (Span g : descriptions(text, from, to, lexicon::isGroupHead)) {
                if (!quoted.contains(g) && candidates.stream().noneMatch(c -> c.overlaps(g) && !g.contains(c))) {
                    // "the soldiers", "the CLS leaders": the members of a body speaking for it
                    candidates.removeIf(g::contains);
                    candidates.add(g);
                }
            }
        }
        if (mentions.isEmpty()) {
            candidates.addAll(names(text, from, to, quoted));
        } else if (candidates.isEmpty()) {
            // a name the entity layer did not link: words only
            candidates.addAll(names(text, from, to, quoted).stream().filter(n -> n.of(text).contains(" ")
                    || Character.isUpperCase(n.of(text).charAt(0)) && !lexicon.isHead(n.of(text))).toList());
        } else {
            nominals(text, from, to).stream()
                    .filter(n -> DOCUMENT.matcher(n.of(text)).find())
                    .filter(n -> candidates.stream().noneMatch(c -> c.overlaps(n)))
                    .forEach(candidates::add);
            for (Span n : personDescriptions(text, from, to)) {
                if (mentions.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.span().overlaps(n)
                        && m.span().end() >= n.end())) {
                    // "the Orion chief executive": the description, not the name inside it
                    candidates.removeIf(c -> n.contains(c));
                    candidates.add(n);
                }
            }
        }
        // "The Secretary of the Supreme Council of Ruritania said": the whole description names the speaker, not
        // the body or the country named inside it
        List<Span> outer = List.copyOf(candidates);
        candidates.removeIf(c -> outer.stream().anyMatch(o -> o.contains(c) && !o.equals(c)));
        candidates.sort(Comparator.naturalOrder());
        if (pick == Pick.LAST) {
            dropInsertedClause(text, from, to, candidates);
        }
        Optional<Span> chosen = choose(text, from, candidates, pick);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Span span = chosen.get();
        if (!mentions.isEmpty()) {
            Optional<Span> read = candidates.stream()
                    .filter(c -> DOCUMENT.matcher(c.of(text)).find())
                    .filter(c -> READ_BEFORE.matcher(text.substring(Math.max(from, c.start() - 24), c.start())).find())
                    .findFirst();
            if (read.isPresent()) {
                // "According to Omar Salis, who read the communiqué, the body …": the reader speaks for its issuer
                return issuer(read.get(), to, mentions, quoted);
            }
        }
        if (DOCUMENT.matcher(span.of(text)).find() && !mentions.isEmpty()) {
            return author(text, span, to, mentions).or(() -> issuer(span, to, mentions, quoted));
        }
        Optional<Mention> mention = mentions.stream().filter(m -> m.span().equals(span)).findFirst();
        if (mention.isPresent() && mention.get().kind() != MentionKind.PRONOUN) {
            return Optional.of(new Speaker(mention.get().entityId(), span, mention.get().type()));
        }
        if (PRONOUN.matcher(span.of(text)).matches()) {
            return resolvePronoun(text, span, mentions, quoted);
        }
        if (mention.isEmpty() && !mentions.isEmpty() && isGroupDescription(text, span)) {
            return body(span, mentions, quoted).map(b -> new Speaker(b.entityId(), span, b.type()))
                    .or(() -> Optional.of(new Speaker(null, span, null)));
        }
        if (mention.isEmpty() && !mentions.isEmpty() && isPersonDescription(text, span)) {
            return latestSubject(text, span, mentions, quoted, Set.of(EntityType.PERSON))
                    .map(s -> new Speaker(s.entityId(), span, s.type()))
                    .or(() -> Optional.of(new Speaker(null, span, null)));
        }
        return mention.map(m -> new Speaker(m.entityId(), span, m.type()))
                .or(() -> Optional.of(new Speaker(null, span, null)));
    }

    /**
     * Drops the candidates of a clause set off by commas right before the cue when a candidate stands before it
     * ("Varga, visiting Oslo, said:", "Ana Ruiz, a professor at Lumen University, said"): the clause opens in
     * lower case, so it describes the speaker rather than naming them.
     */
    private static void dropInsertedClause(String text, int from, int to, List<Span> candidates) {
        String stretch = text.substring(from, to).stripTrailing();
        if (!stretch.endsWith(",")) {
            return;
        }
        int open = stretch.lastIndexOf(',', stretch.length() - 2);
        if (open < 0) {
            return;
        }
        String clause = stretch.substring(open + 1, stretch.length() - 1).strip();
        if (clause.isEmpty() || !Character.isLowerCase(clause.charAt(0))) {
            return;
        }
        int clauseStart = from + open;
        if (candidates.stream().anyMatch(c -> c.end() <= clauseStart)) {
            candidates.removeIf(c -> c.start() > clauseStart);
        }
    }

    private static Optional<Span> choose(String text, int from, List<Span> candidates, Pick pick) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Span> ordered = new ArrayList<>(candidates);
        if (pick == Pick.ADJACENT) {
            return Optional.of(ordered.get(ordered.size() - 1));
        }
        if (pick == Pick.LAST) {
            Collections.reverse(ordered);
        }
        for (Span c : ordered) {
            if (ordered.size() > 1 && Character.isUpperCase(text.charAt(c.start())) && MODIFIER_AFTER.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 3)).lookingAt()
                    && ordered.stream().anyMatch(o -> o.start() > c.end() && o.start() - c.end() < 60)) {
                continue;
            }
            if (POSSESSIVE_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()
                    && ordered.stream().anyMatch(o -> o.start() > c.end() && o.start() - c.end() < 60)) {
                // "Nordwind's chief executive Lena Markova": the possessor qualifies the one who speaks
                continue;
            }
            int phrase = phraseStart(c, ordered);
            String before = text.substring(Math.max(from, phrase - 16), Math.max(from, phrase));
            if (!PREPOSITION_BEFORE.matcher(before).find()) {
                return Optional.of(c);
            }
        }
        return Optional.of(ordered.get(0));
    }

    /**
     * Where the noun phrase of {@code span} starts: a title or description right before it, or overlapping it,
     * belongs to the same phrase ("with Foreign Minister | Lena Markova"), so a preposition governing the title
     * governs the name too.
     */
    private static int phraseStart(Span span, List<Span> others) {
        int start = span.start();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Span o : others) {
                if (o.start() < start && o.end() >= start - 1 && o.end() <= span.end()) {
                    start = o.start();
                    moved = true;
                }
            }
        }
        return start;
    }

    /**
     * Capitalised names and nominal descriptions in {@code [from, to)}. A name inside a description ("the senior
     * Kenyan official") gives way to the description, a description inside a longer name ("the Kenyan President
     * Amos Wekesa") to the name, and a bare title followed closely by another name ("Norwegian Minister of Trade
     * Karl Jensen") to that name.
     */
    private List<Span> names(String text, int from, int to, SpanIndex quoted) {
        List<Span> runs = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        m.region(from, to);
        while (m.find()) {
            trimName(text, m.start(), m.end())
                    .filter(n -> !quoted.contains(n))
                    .filter(n -> !PARTICIPLE_WITH_OBJECT.matcher(text).region(n.start(), to).lookingAt())
                    .ifPresent(runs::add);
        }
        List<Span> nominals = nominals(text, from, to);
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Span run = runs.get(i);
            boolean insideNominal = nominals.stream().anyMatch(n -> n.contains(run));
            boolean titleOnly = lexicon.isHead(lastWord(run.of(text))) && i + 1 < runs.size()
                    && runs.get(i + 1).start() - run.end() <= TITLE_TO_NAME_GAP;
            if (titleOnly && OF_LINK.matcher(text.substring(run.end(), runs.get(i + 1).start())).matches()) {
                // "Minister of Trade Karl Jensen": one title-and-name
                runs.set(i + 1, new Span(run.start(), runs.get(i + 1).end()));
            } else if (!insideNominal && !titleOnly) {
                out.add(run);
            }
        }
        for (Span n : nominals) {
            boolean beatenByName = runs.stream().anyMatch(r -> r.overlaps(n) && r.end() > n.end());
            if (!beatenByName && out.stream().noneMatch(o -> o.overlaps(n))) {
                out.add(n);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    private static List<Span> pronouns(String text, int from, int to, SpanIndex quoted) {
        List<Span> out = new ArrayList<>();
        Matcher m = PRONOUN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (!quoted.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The latest person (for he/she) or organisation/place (for it) mentioned before the pronoun, outside quotes. */
    private Optional<Speaker> resolvePronoun(String text, Span pronoun, List<Mention> mentions, SpanIndex quoted) {
        String word = pronoun.of(text).toLowerCase(Locale.ROOT);
        Set<EntityType> types = switch (word) {
            case "he", "she", "i" -> Set.of(EntityType.PERSON);
            case "it" -> Set.of(EntityType.ORG, EntityType.GPE);
            default -> Set.of(EntityType.PERSON, EntityType.ORG, EntityType.GPE);
        };
        if (!mentions.isEmpty() && (word.equals("they") || word.equals("we"))) {
            // "the leaders … “…,” they said": the body the text keeps naming
            Optional<Speaker> body = salient(mentions.stream()
                    .filter(m -> m.type() == EntityType.ORG && m.span().end() <= pronoun.start())
                    .filter(m -> !quoted.contains(m.span()))
                    .toList(), mentions);
            if (body.isPresent()) {
                return body;
            }
        }
        if (!mentions.isEmpty()) {
            // the subject of the latest sentence naming someone of the right kind beats the nearest name, which is
            // what a pronoun's own mention links to ("Holm, in turn, thanked Wekesa. “…,” she said." gives Holm)
            return latestSubject(text, pronoun, mentions, quoted, types)
                    .or(() -> mentions.stream()
                            .filter(m -> m.span().equals(pronoun) || m.span().contains(pronoun))
                            .filter(m -> types.contains(m.type()))
                            .findFirst()
                            .map(m -> new Speaker(m.entityId(), m.span(), m.type())));
        }
        if (!types.contains(EntityType.PERSON)) {
            return Optional.empty();
        }
        Span best = null;
        int bestSentence = -1;
        int regionStart = Math.max(0, pronoun.start() - ANTECEDENT_WINDOW);
        List<Integer> sentenceStarts = new ArrayList<>();
        Matcher ends = PatternQuoteExtractor.SENTENCE_END.matcher(text);
        ends.region(regionStart, pronoun.start());
        while (ends.find()) {
            sentenceStarts.add(ends.end());
        }
        Matcher m = CAPITALISED.matcher(text);
        m.region(regionStart, pronoun.start());
        while (m.find()) {
            Optional<Span> name = trimName(text, m.start(), m.end());
            if (name.isPresent() && name.get().of(text).contains(" ")
                    && !quoted.contains(name.get())
                    && !PREPOSITION_OR_DETERMINER_BEFORE.matcher(
                    text.substring(Math.max(0, name.get().start() - 16), name.get().start())).find()) {
                int start = name.get().start();
                int sentence = sentenceStarts.stream().filter(x -> x <= start).mapToInt(Integer::intValue).max().orElse(regionStart);
                int paragraph = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
                sentence = Math.max(sentence, paragraph);
                if (sentence != bestSentence) {
                    // the first name of the latest sentence that has one: its subject
                    best = name.get();
                    bestSentence = sentence;
                }
            }
        }
        return Optional.ofNullable(best).map(s -> new Speaker(null, s, null));
    }

    /**
     * Whoever a document is from, named right after it ("a statement Friday from Lena Markova, head of the
     * division"): a person or a body alike. Empty when no "from" follows the document closely.
     */
    private static Optional<Speaker> author(String text, Span document, int clauseEnd, List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> m.kind() != MentionKind.PRONOUN)
                .filter(m -> m.span().start() >= document.end() && m.span().end() <= clauseEnd)
                .min(Comparator.comparing(Mention::span))
                .filter(m -> FROM_AUTHOR.matcher(text.substring(document.end(), m.span().start())).matches())
                .map(m -> new Speaker(m.entityId(), m.span(), m.type()));
    }

    /**
     * The body that issued a document: the first organisation named in the rest of the clause ("a statement read
     * by the chair of the bloc's council"), else the latest organisation, else the latest country before it.
     */
    private static Optional<Speaker> issuer(Span document, int clauseEnd, List<Mention> mentions, SpanIndex quoted) {
        List<Mention> inClause = mentions.stream()
                .filter(m -> m.type() == EntityType.ORG && m.span().start() >= document.end() && m.span().end() <= clauseEnd)
                .toList();
        return salient(inClause, mentions)
                .or(() -> salient(mentions.stream()
                        .filter(m -> m.type() == EntityType.ORG && m.span().end() <= document.start())
                        .filter(m -> !quoted.contains(m.span()))
                        .toList(), mentions))
                .or(() -> latest(document, mentions, quoted, Set.of(EntityType.GPE)));
    }

    /**
     * The one of {@code among} whose entity the text mentions most often ("Chair of the Council of the Coastal
     * League of States (CLS)" gives the bloc the article keeps naming); ties go to the latest. Empty when
     * {@code among} is empty.
     */
    private static Optional<Speaker> salient(List<Mention> among, List<Mention> all) {
        Mention best = null;
        long bestCount = -1;
        for (Mention m : among) {
            long count = all.stream().filter(x -> x.entityId().equals(m.entityId())).count();
            if (count >= bestCount) {
                best = m;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best).map(m -> new Speaker(m.entityId(), m.span(), m.type()));
    }

    /**
     * The subject of the latest sentence before {@code pronoun} that mentions one of {@code types}: its first such
     * mention that is not the object of a preposition ("Holm, in turn, thanked Wekesa. “…” she said." gives Holm).
     */
    private Optional<Speaker> latestSubject(String text, Span pronoun, List<Mention> mentions, SpanIndex quoted,
                                            Set<EntityType> types) {
        Optional<Speaker> latest = latest(pronoun, mentions, quoted, types);
        if (latest.isEmpty()) {
            return latest;
        }
        int sentenceStart = 0;
        Matcher m = PatternQuoteExtractor.SENTENCE_END.matcher(text);
        m.region(Math.max(0, latest.get().span().start() - 1000), latest.get().span().start());
        while (m.find()) {
            sentenceStart = m.end();
        }
        int clauseStart = Math.max(sentenceStart, text.lastIndexOf('\n', Math.max(0, latest.get().span().start() - 1)) + 1);
        Matcher opening = OPENING_PARTICIPLE.matcher(text).region(clauseStart, latest.get().span().start());
        // "Referring to the killing of General Vidal, Berg said …": the subject comes after the opening clause
        int from = opening.lookingAt() ? opening.end() : clauseStart;
        List<Span> spans = mentions.stream().map(Mention::span)
                .filter(x -> x.start() >= from && x.end() <= latest.get().span().end()).toList();
        Optional<Speaker> reporter = mentions.stream()
                .filter(x -> x.span().start() >= from && x.span().end() <= latest.get().span().end())
                .filter(x -> types.contains(x.type()) && x.kind() != MentionKind.PRONOUN)
                .filter(x -> !quoted.contains(x.span()))
                .filter(x -> cueAfterName.matcher(text).region(x.span().end(), pronoun.start()).lookingAt())
                .min(Comparator.comparing(Mention::span))
                .map(x -> new Speaker(x.entityId(), x.span(), x.type()));
        if (reporter.isPresent()) {
            // "The minister will attend the summit, as Varga specified. “…,” he said.": the one who reported it
            return reporter;
        }
        return mentions.stream()
                .filter(x -> x.span().start() >= from && x.span().end() <= latest.get().span().end())
                .filter(x -> types.contains(x.type()) && x.kind() != MentionKind.PRONOUN)
                .filter(x -> !quoted.contains(x.span()))
                .filter(x -> !POSSESSIVE_AFTER.matcher(text).region(x.span().end(), text.length()).lookingAt())
                .sorted(Comparator.comparing(Mention::span))
                .filter(x -> !PREPOSITION_OR_DETERMINER_BEFORE.matcher(text.substring(
                        Math.max(0, phraseStart(x.span(), spans) - 16), phraseStart(x.span(), spans))).find())
                .findFirst()
                .map(x -> new Speaker(x.entityId(), x.span(), x.type()))
                .or(() -> latest);
    }

    /** The latest mention of one of {@code types} before {@code before}, outside quotations and not a pronoun. */
    private static Optional<Speaker> latest(Span before, List<Mention> mentions, SpanIndex quoted, Set<EntityType> types) {
        return mentions.stream()
                .filter(m -> m.span().end() <= before.start() && types.contains(m.type()))
                .filter(m -> m.kind() != MentionKind.PRONOUN)
                .filter(m -> !quoted.contains(m.span()))
                .max(Comparator.comparing(Mention::span))
                .map(m -> new Speaker(m.entityId(), m.span(), m.type()));
    }

    /**
     * The body that the members named by {@code group} speak for: a body named inside the description ("the CLS
     * leaders"), else the body the text names most before it, else (a description opening the text, as in a
     * sub-headline) the first of the bodies named most after it. Empty when the text names no body.
     */
    private static Optional<Speaker> body(Span group, List<Mention> mentions, SpanIndex quoted) {
        Optional<Speaker> inside = mentions.stream()
                .filter(m -> m.type() == EntityType.ORG && group.contains(m.span()))
                .findFirst()
                .map(m -> new Speaker(m.entityId(), m.span(), m.type()));
        if (inside.isPresent()) {
            return inside;
        }
        List<Mention> bodies = mentions.stream()
                .filter(m -> m.type() == EntityType.ORG && m.kind() != MentionKind.PRONOUN)
                .filter(m -> !quoted.contains(m.span()))
                .toList();
        Optional<Speaker> before = salient(bodies.stream().filter(m -> m.span().end() <= group.start()).toList(), mentions);
        if (before.isPresent()) {
            return before;
        }
        Mention best = null;
        long bestCount = 0;
        for (Mention m : bodies.stream().filter(m -> m.span().start() >= group.end()).toList()) {
            long count = mentions.stream().filter(x -> x.entityId().equals(m.entityId())).count();
            if (count > bestCount) {
                best = m;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best).map(m -> new Speaker(m.entityId(), m.span(), m.type()));
    }

    private boolean isGroupDescription(String text, Span span) {
        String words = span.of(text);
        return DETERMINER.matcher(words).lookingAt() && lexicon.isGroupHead(lastWord(words));
    }

    /** Definite descriptions of one person in {@code [from, to)}: "the Orion chief executive", "the Kenyan leader". */
    private List<Span> personDescriptions(String text, int from, int to) {
        return nominals(text, from, to).stream().filter(n -> isPersonDescription(text, n)).toList();
    }

    private boolean isPersonDescription(String text, Span span) {
        String words = span.of(text);
        return words.regionMatches(true, 0, "the ", 0, 4) && lexicon.isPersonHead(lastWord(words));
    }

    /** "the (up to four words) HEAD" or "a (…) HEAD" where HEAD is a speaker noun ("the senior Kenyan official"). */
    private List<Span> nominals(String text, int from, int to) {
        return descriptions(text, from, to, lexicon::isHead);
    }

    /** "the (up to four words) HEAD" or "a (…) HEAD" where {@code head} accepts HEAD. */
    private static List<Span> descriptions(String text, int from, int to, Predicate<String> head) {
        List<Span> out = new ArrayList<>();
        Matcher determiner = DETERMINER.matcher(text);
        determiner.region(from, to);
        while (determiner.find()) {
            Matcher word = WORD.matcher(text);
            word.region(determiner.end(), to);
            for (int n = 0; n < 5 && word.lookingAt(); n++) {
                if (head.test(word.group(1))) {
                    out.add(new Span(determiner.start(), word.start(1) + word.group(1).length()));
                    break;
                }
                word.region(word.end(), to);
            }
        }
        return out;
    }

    /** Drops leading function words and trailing punctuation from a capitalised run; empty if nothing is left. */
    private static Optional<Span> trimName(String text, int start, int end) {
        String run = text.substring(start, end);
        String[] words = run.split("\\s+");
        int s = start;
        int i = 0;
        while (i < words.length && (NOT_NAMES.contains(words[i].replaceAll("[.'’]+$", "").toLowerCase(Locale.ROOT))
                || i == 0 && words.length > 1 && words[i].endsWith("ing"))) {
            s = text.indexOf(words[i], s) + words[i].length();
            i++;
        }
        int e = end;
        while (e > s && ".'’-".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2)) {
            e -= 2;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (e - s < 2) {
            return Optional.empty();
        }
        String last = text.substring(s, e);
        String lastWord = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lastWord)) {
            return Optional.empty();
        }
        return Optional.of(new Span(s, e));
    }
}
