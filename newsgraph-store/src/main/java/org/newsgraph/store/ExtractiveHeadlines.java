package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Processed;

/**
 * A headline for every event that has an article with words, taken from one report and recorded with it
 * ({@link Event.HeadlineSource}); nothing is written by Newsgraph. The report is the <em>most independent</em> one: an
 * article that is its own text (not a copy), the one most other members copy (the text most carried), then the
 * earliest published, then the smaller id. Its title is the headline; when no member is titled, the lead sentence of
 * that report is, cleaned of a leading dateline ("CITY (Agency) – ") and byline ("By Name"), whitespace collapsed,
 * and cut at a word boundary after {@value #MAX_CHARS} characters (marked with "…"). Stateless and thread-safe.
 */
public final class ExtractiveHeadlines {
    static final int MAX_CHARS = 180;
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(,\\s*[\\p{L} .'’-]{1,40})?\\s*(\\([^)]{1,60}\\))?\\s*[-–—:]\\s+");
    private static final Pattern BYLINE = Pattern.compile("^(By|BY)\\s+[\\p{L} .'’-]{2,60}(\\n|\\s{2,}|\\s*[|·]\\s*)");

    private ExtractiveHeadlines() {
    }

    /** An {@link EventBuilder} that builds with {@code inner} and then gives each event its extractive headline. */
    public static EventBuilder around(EventBuilder inner) {
        Objects.requireNonNull(inner);
        return (clustering, articles) -> {
            Map<String, Processed> byId = new HashMap<>();
            for (Processed p : articles) {
                byId.put(p.article().id(), p);
            }
            List<Event> out = new ArrayList<>();
            for (Event e : inner.build(clustering, articles)) {
                out.add(headlined(e, byId));
            }
            return out;
        };
    }

    /** The event with the headline of its most independent report (unchanged if none of its articles is known). */
    public static Event headlined(Event e, Map<String, Processed> articles) {
        List<Processed> members = e.articleIds().stream().map(articles::get).filter(Objects::nonNull).toList();
        if (members.isEmpty()) {
            return e;
        }
        Map<String, Integer> copies = new HashMap<>();
        for (Processed p : members) {
            if (p.duplicate().isCopy()) {
                copies.merge(p.duplicate().duplicateOf(), 1, Integer::sum);
            }
        }
        Comparator<Processed> independent = Comparator.<Processed>comparingInt(p -> p.duplicate().isCopy() ? 1 : 0)
                .thenComparing(p -> -copies.getOrDefault(p.article().id(), 0))
                .thenComparing(p -> p.article().metadata().publishedDate().orElse(LocalDate.MAX))
                .thenComparing(p -> p.article().id());
        Optional<Processed> titled = members.stream()
                .filter(p -> p.article().metadata().titleText().filter(t -> !t.isBlank()).isPresent())
                .min(independent);
        if (titled.isPresent()) {
            return e.withHeadline(titled.get().article().metadata().titleText().orElseThrow().strip(),
                    new Event.HeadlineSource(titled.get().article().id(), Event.HeadlineSource.Part.TITLE));
        }
        for (Processed p : members.stream().sorted(independent).toList()) {
            Optional<String> lead = lead(p);
            if (lead.isPresent()) {
                return e.withHeadline(lead.get(), new Event.HeadlineSource(p.article().id(), Event.HeadlineSource.Part.LEAD));
            }
        }
        return e;
    }

    /** The article's first sentence with words, cleaned (see the class doc); empty when it has none. */
    public static Optional<String> lead(Processed p) {
        String text = p.article().text();
        List<Span> sentences = p.annotated().sentences();
        List<String> candidates = new ArrayList<>();
        for (Span s : sentences) {
            if (s.end() <= text.length()) {
                candidates.add(s.of(text));
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(text);
        }
        for (String sentence : candidates) {
            String cleaned = clean(sentence);
            if (cleaned.codePoints().filter(Character::isLetter).count() >= 3) {
                return Optional.of(clip(cleaned));
            }
        }
        return Optional.empty();
    }

    static String clean(String sentence) {
        String s = BYLINE.matcher(sentence.strip()).replaceFirst("");
        s = DATELINE.matcher(s).replaceFirst("");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String clip(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_CHARS);
        return s.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip() + "…";
    }
}
