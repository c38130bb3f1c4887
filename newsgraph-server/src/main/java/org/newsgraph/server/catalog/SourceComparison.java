package org.newsgraph.server.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Processed;

/**
 * For one event, what each outlet said side by side: the quotes it used, the judgement-carrying words it chose
 * (from the {@code framing-words.txt} list) and the words only it used among the event's articles. Thread-safe;
 * the word lists are loaded once.
 */
public final class SourceComparison {
    /**
     * One article's account of the event.
     *
     * @param articleId   the article
     * @param outlet      its outlet, or {@code null}
     * @param title       its title, or {@code null}
     * @param published   its publication date, or {@code null}
     * @param copyOf      the article it copies, or {@code null}
     * @param quotes      the quotes it used ("speaker: words")
     * @param framing     framing words it used, in text order
     * @param distinctive content words no other article of the event used, most frequent first (at most 12)
     */
    public record Account(String articleId, String outlet, String title, LocalDate published, String copyOf,
                          List<String> quotes, List<String> framing, List<String> distinctive) {
        public Account {
            quotes = List.copyOf(quotes);
            framing = List.copyOf(framing);
            distinctive = List.copyOf(distinctive);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Set<String> FRAMING = words("framing-words.txt");
    private static final Set<String> STOP = words("stopwords.txt");

    private SourceComparison() {
    }

    /** The accounts of each article of the event that {@code load} can read, in the event's article order. */
    public static List<Account> of(Catalog catalog, Event event, Function<String, Optional<Processed>> load) {
        Map<String, Processed> texts = new java.util.LinkedHashMap<>();
        for (String id : event.articleIds()) {
            load.apply(id).ifPresent(p -> texts.put(id, p));
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> articlesWithWord = new HashMap<>();
        texts.forEach((id, p) -> {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher(p.article().text());
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.length() > 3 && !STOP.contains(w)) {
                    c.merge(w, 1, Integer::sum);
                }
            }
            counts.put(id, c);
            c.keySet().forEach(w -> articlesWithWord.merge(w, 1, Integer::sum));
        });
        List<Account> out = new ArrayList<>();
        texts.forEach((id, p) -> {
            ArticleView view = catalog.article(id).orElse(null);
            List<String> quotes = catalog.quotesOfArticle(id).stream()
                    .map(q -> (q.speakerName() == null ? "unattributed" : q.speakerName()) + ": " + q.text()).toList();
            Set<String> framing = new LinkedHashSet<>();
            Matcher m = WORD.matcher(p.article().text());
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (FRAMING.contains(w)) {
                    framing.add(w);
                }
            }
            List<String> distinctive = texts.size() < 2 ? List.of() : counts.get(id).entrySet().stream()
                    .filter(e -> articlesWithWord.get(e.getKey()) == 1)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(12).map(Map.Entry::getKey).toList();
            out.add(new Account(id, view == null ? null : view.outlet(), view == null ? null : view.title(),
                    view == null ? null : view.published(), p.duplicate().duplicateOf(), quotes, List.copyOf(framing), distinctive));
        });
        return out;
    }

    private static Set<String> words(String resource) {
        try (InputStream in = SourceComparison.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> out = new java.util.HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
