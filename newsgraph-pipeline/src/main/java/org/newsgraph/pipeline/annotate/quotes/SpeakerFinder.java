package org.newsgraph.pipeline.annotate.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

/**
 * Finds the speaker in a stretch of text around a reporting cue. With mentions from the entity layer it picks
 * a mention (a pronoun without a mention of its own goes to the latest person mentioned before it); without
 * mentions it falls back to a capitalised name or a nominal description ("the top security official") and
 * gives words only, no entity. Immutable and thread-safe.
 */
final class SpeakerFinder {
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(?:he|she|they|it|we|I)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:(?:de|da|del|al|bin|van|von|der|la|le)\\s+)?[\\p{Lu}][\\p{L}'’.-]*)*");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?:\\b(?:in|on|at|to|with|for|from|of|by|about|into|against|than|between|over|after|before|during|via)"
                    + "|[‘“\"'])\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "in",
            "on", "at", "but", "and", "for", "with", "by", "from", "as", "after", "before", "this", "that", "these",
            "those", "his", "her", "their", "its", "our", "my", "when", "while", "if", "speaking", "asked", "meanwhile",
            "however", "also", "according", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "earlier", "later", "there", "here", "what", "who", "said", "says", "told");

    private final QuoteLexicon lexicon;

    SpeakerFinder(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The speaker within {@code [from, to)}; {@code preferNearEnd} picks the candidate closest to {@code to}
     * (speaker just before a cue that follows it), otherwise the first candidate that is not the object of a
     * preposition. {@code quoted} spans are skipped.
     */
    Optional<Speaker> find(String text, int from, int to, boolean preferNearEnd, List<Mention> mentions,
                           List<Span> quoted) {
        if (from >= to) {
            return Optional.empty();
        }
        List<Mention> inRange = mentions.stream()
                .filter(m -> m.span().start() >= from && m.span().end() <= to && m.type() != EntityType.LOC)
                .filter(m -> quoted.stream().noneMatch(q -> q.contains(m.span())))
                .sorted(Comparator.comparing(Mention::span))
                .toList();
        Optional<Mention> mention = pick(text, from, inRange, preferNearEnd);
        Optional<Span> pronoun = pronoun(text, from, to, quoted);
        if (mention.isPresent()) {
            Mention m = mention.get();
            if (pronoun.isEmpty() || pronoun.get().start() > m.span().start() || !preferNearEnd) {
                return Optional.of(new Speaker(m.entityId(), m.span(), m.type()));
            }
        }
        if (pronoun.isPresent()) {
            return resolvePronoun(text, pronoun.get(), mentions, quoted);
        }
        if (!mentions.isEmpty()) {
            return Optional.empty();
        }
        return fallbackName(text, from, to, preferNearEnd, quoted);
    }

    private static Optional<Mention> pick(String text, int from, List<Mention> candidates, boolean preferNearEnd) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (preferNearEnd) {
            return Optional.of(candidates.get(candidates.size() - 1));
        }
        for (Mention m : candidates) {
            String before = text.substring(Math.max(from, m.span().start() - 12), m.span().start());
            if (!PREPOSITION_BEFORE.matcher(before).find()) {
                return Optional.of(m);
            }
        }
        return Optional.of(candidates.get(0));
    }

    private static Optional<Span> pronoun(String text, int from, int to, List<Span> quoted) {
        Matcher m = PRONOUN.matcher(text);
        m.region(from, to);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (quoted.stream().noneMatch(q -> q.contains(s))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The latest person (for he/she) or organisation/place (for it) mentioned before the pronoun, outside quotes. */
    private Optional<Speaker> resolvePronoun(String text, Span pronoun, List<Mention> mentions, List<Span> quoted) {
        String word = pronoun.of(text).toLowerCase(Locale.ROOT);
        Set<EntityType> types = switch (word) {
            case "he", "she", "i" -> Set.of(EntityType.PERSON);
            case "it" -> Set.of(EntityType.ORG, EntityType.GPE);
            default -> Set.of(EntityType.PERSON, EntityType.ORG, EntityType.GPE);
        };
        Optional<Mention> own = mentions.stream()
                .filter(m -> m.span().equals(pronoun) || m.span().contains(pronoun)).findFirst();
        if (own.isPresent()) {
            return Optional.of(new Speaker(own.get().entityId(), own.get().span(), own.get().type()));
        }
        if (!mentions.isEmpty()) {
            return mentions.stream()
                    .filter(m -> m.span().end() <= pronoun.start() && types.contains(m.type()))
                    .filter(m -> m.kind() != MentionKind.PRONOUN)
                    .filter(m -> quoted.stream().noneMatch(q -> q.contains(m.span())))
                    .max(Comparator.comparing(Mention::span))
                    .map(m -> new Speaker(m.entityId(), m.span(), m.type()));
        }
        if (!types.contains(EntityType.PERSON)) {
            return Optional.empty();
        }
        Span best = null;
        Matcher m = CAPITALISED.matcher(text);
        m.region(Math.max(0, pronoun.start() - 3000), pronoun.start());
        while (m.find()) {
            Optional<Span> name = trimName(text, m.start(), m.end());
            if (name.isPresent() && name.get().of(text).contains(" ")
                    && quoted.stream().noneMatch(q -> q.contains(name.get()))) {
                best = name.get();
            }
        }
        return Optional.ofNullable(best).map(s -> new Speaker(null, s, null));
    }

    private Optional<Speaker> fallbackName(String text, int from, int to, boolean preferNearEnd, List<Span> quoted) {
        Span chosen = null;
        Matcher m = CAPITALISED.matcher(text);
        m.region(from, to);
        while (m.find()) {
            Optional<Span> name = trimName(text, m.start(), m.end());
            if (name.isEmpty() || quoted.stream().anyMatch(q -> q.contains(name.get()))) {
                continue;
            }
            String before = text.substring(Math.max(from, name.get().start() - 12), name.get().start());
            if (!preferNearEnd && PREPOSITION_BEFORE.matcher(before).find()) {
                continue;
            }
            chosen = name.get();
            if (!preferNearEnd) {
                break;
            }
        }
        Optional<Span> nominal = nominal(text, from, to);
        if (nominal.isPresent() && (chosen == null || (preferNearEnd ? nominal.get().end() > chosen.end()
                : nominal.get().start() < chosen.start()))) {
            chosen = nominal.get();
        }
        return Optional.ofNullable(chosen).map(s -> new Speaker(null, s, null));
    }

    /** "the (adjectives) HEAD" or "a (adjectives) HEAD" where HEAD is a speaker noun. */
    private Optional<Span> nominal(String text, int from, int to) {
        Matcher m = Pattern.compile("(?<![\\p{L}])(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}-]+\\s+){0,4}?([\\p{L}-]+)(?![\\p{L}])")
                .matcher(text);
        m.region(from, to);
        while (m.find()) {
            if (lexicon.isHead(m.group(1))) {
                return Optional.of(new Span(m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Drops leading function words and trailing punctuation from a capitalised run; empty if nothing is left. */
    private static Optional<Span> trimName(String text, int start, int end) {
        String run = text.substring(start, end);
        String[] words = run.split("\\s+");
        int s = start;
        int i = 0;
        while (i < words.length && NOT_NAMES.contains(words[i].replaceAll("[.'’]+$", "").toLowerCase(Locale.ROOT))) {
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
