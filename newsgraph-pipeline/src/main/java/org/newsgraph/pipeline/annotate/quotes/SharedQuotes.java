package org.newsgraph.pipeline.annotate.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Which articles carry the same quotation: the words of each quotation are keyed by {@link QuoteKey}, so quotation
 * marks, case, spacing and accents do not matter, and two quotations are the same when their keys are equal or
 * when one outlet quotes a stretch of what another quoted at more length ("will not let the harbour close"
 * inside the whole sentence). Short stretches only match when equal, so that two words common to many speakers
 * ("good friend") do not tie unrelated quotations together. Grows one article at a time, as articles arrive.
 *
 * <p>Thread-safe (every method is synchronized). Quotations whose words give an empty key, or a key of a single
 * word, are kept out: a single word says nothing about who copied whom. Adding an article again adds only the
 * quotations not seen for it before.
 */
public final class SharedQuotes {
    /** Words per shingle of the containment index. */
    private static final int SHINGLE = 4;
    /** A quotation found inside a longer one needs at least this many words to count as the same quotation. */
    private static final int MIN_CONTAINED_WORDS = 6;
    /** A quotation needs at least this many words to be matched at all. */
    private static final int MIN_WORDS = 2;

    private record Entry(QuoteOccurrence at, String key, int words) {
    }

    private final Map<QuoteOccurrence, Entry> entries = new HashMap<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    /** Every shingle of every quotation long enough to contain another. */
    private final Map<String, List<Entry>> byShingle = new HashMap<>();
    /** The first shingle of every quotation long enough to be contained in another. */
    private final Map<String, List<Entry>> byFirstShingle = new HashMap<>();

    /**
     * Indexes the quotations of one article. Quotations with spans outside {@code text} are skipped; {@code null}
     * arguments add nothing.
     */
    public synchronized void addArticle(String articleId, String text, List<Quote> quotes) {
        if (articleId == null || text == null || quotes == null) {
            return;
        }
        for (Quote q : quotes) {
            if (q != null && q.span().end() <= text.length()) {
                add(articleId, q.span(), q.span().of(text));
            }
        }
    }

    /**
     * Indexes one quotation: {@code words} found at {@code span} of article {@code articleId}. {@code null}
     * arguments add nothing.
     */
    public synchronized void add(String articleId, Span span, String words) {
        if (articleId == null || span == null || words == null) {
            return;
        }
        QuoteOccurrence at = new QuoteOccurrence(articleId, span);
        String key = QuoteKey.of(words);
        int wordCount = key.isEmpty() ? 0 : key.split(" ").length;
        if (wordCount >= MIN_WORDS && !entries.containsKey(at)) {
            index(new Entry(at, key, wordCount));
        }
    }

    private void index(Entry entry) {
        entries.put(entry.at(), entry);
        byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
        List<String> shingles = shingles(entry.key());
        for (String s : shingles) {
            byShingle.computeIfAbsent(s, k -> new ArrayList<>()).add(entry);
        }
        if (entry.words() >= MIN_CONTAINED_WORDS) {
            byFirstShingle.computeIfAbsent(shingles.get(0), k -> new ArrayList<>()).add(entry);
        }
    }

    /**
     * The quotations of other articles carrying the same words as the one at {@code span} of {@code articleId},
     * ordered by article and position; empty when that quotation was never added (or is too short to match).
     */
    public synchronized List<QuoteOccurrence> elsewhere(String articleId, Span span) {
        Entry entry = articleId == null || span == null ? null : entries.get(new QuoteOccurrence(articleId, span));
        if (entry == null) {
            return List.of();
        }
        TreeSet<QuoteOccurrence> out = new TreeSet<>();
        for (Entry e : byKey.getOrDefault(entry.key(), List.of())) {
            out.add(e.at());
        }
        if (entry.words() >= MIN_CONTAINED_WORDS) {
            List<String> shingles = shingles(entry.key());
            // longer quotations holding this one
            for (Entry e : byShingle.getOrDefault(shingles.get(0), List.of())) {
                if (contains(e.key(), entry.key())) {
                    out.add(e.at());
                }
            }
            // shorter quotations held in this one
            for (String s : new TreeSet<>(shingles)) {
                for (Entry e : byFirstShingle.getOrDefault(s, List.of())) {
                    if (contains(entry.key(), e.key())) {
                        out.add(e.at());
                    }
                }
            }
        }
        out.removeIf(o -> o.articleId().equals(articleId));
        return List.copyOf(out);
    }

    /** The other articles carrying the quotation at {@code span} of {@code articleId}, in id order. */
    public synchronized List<String> articlesCarrying(String articleId, Span span) {
        return elsewhere(articleId, span).stream().map(QuoteOccurrence::articleId).distinct().toList();
    }

    private static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static List<String> shingles(String key) {
        String[] words = key.split(" ");
        List<String> out = new ArrayList<>();
        if (words.length < SHINGLE) {
            out.add(key);
            return out;
        }
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        return out;
    }
}
