package org.newsgraph.pipeline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.Processed;

/**
 * Builds an {@link ArticleProfile} from a processed article. Uses the language layer's entities, time
 * expressions and coded events when present; without them it falls back to capitalised names as actors and to
 * the publication date alone (it reads no dates of its own from the text, so it never invents one). Not
 * thread-safe (it grows the shared {@link Vocabulary}); any article, also an empty one, gives a profile.
 */
final class ArticleProfiler {
    private static final int LEXICAL_CHARS = 3000;
    private static final int EMBEDDING_CHARS = 600;
    private static final int TITLE_KEYS = 12;
    private static final int MAX_DAYS_BEFORE_PUBLICATION = 7;

    private final ClusterSettings settings;
    private final Vocabulary vocabulary;
    private final TextEmbedder embedder;
    private final WordList stopwords = WordList.load("stopwords.txt");
    private final CapitalisedNames names = new CapitalisedNames(WordList.load("not-names.txt"));
    private final EmbeddingBuckets buckets = new EmbeddingBuckets();
    /**
     * Embeddings computed ahead by {@link #prepare}, by the text embedded, each taken once by {@link #profile}.
     * Bounded: past {@value #MAX_READY} waiting texts, {@code prepare} stops adding and {@code profile} embeds itself.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<float[]>> ready =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_READY = 1024;

    ArticleProfiler(ClusterSettings settings, Vocabulary vocabulary, TextEmbedder embedder) {
        this.settings = Objects.requireNonNull(settings);
        this.vocabulary = Objects.requireNonNull(vocabulary);
        this.embedder = Objects.requireNonNull(embedder);
    }

    /** The text whose embedding stands for an article: its title and the start of its text. */
    private static String embeddingText(Article article) {
        String title = article.metadata().titleText().orElse("");
        String text = article.text();
        return (title + "\n" + text.substring(0, Math.min(text.length(), EMBEDDING_CHARS))).strip();
    }

    /** Embeds the article's title and lead ahead of {@link #profile}. Thread-safe when the embedder is. */
    void prepare(Article article) {
        if (ready.size() >= MAX_READY) {
            return;
        }
        String lead = embeddingText(article);
        if (!ready.containsKey(lead)) {
            ready.put(lead, embedder.embed(lead));
        }
    }

    ArticleProfile profile(Processed processed) {
        AnnotatedArticle annotated = processed.annotated();
        Article article = processed.article();
        String title = article.metadata().titleText().orElse("");
        String text = article.text();

        List<String> titleWords = contentWords(title);
        List<String> words = new ArrayList<>(titleWords);
        words.addAll(titleWords);
        words.addAll(contentWords(text.substring(0, Math.min(text.length(), LEXICAL_CHARS))));
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (String w : words) {
            counts.merge(vocabulary.id(w), 1, Integer::sum);
        }
        int[] terms = new int[counts.size()];
        float[] weights = new float[counts.size()];
        int n = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            terms[n] = e.getKey();
            weights[n++] = (float) (1 + Math.log(e.getValue()));
        }
        vocabulary.count(terms);

        Set<String> actors = new HashSet<>();
        Set<String> leadActors = new java.util.LinkedHashSet<>();
        Set<String> leadPersons = new HashSet<>();
        Set<String> persons = new HashSet<>();
        if (!annotated.mentions().isEmpty()) {
            Map<String, Integer> personMentions = new java.util.HashMap<>();
            Map<String, Entity> entities = new java.util.HashMap<>();
            annotated.entities().forEach(e -> entities.put(e.id(), e));
            for (Mention m : annotated.mentions()) {
                if (m.type() == EntityType.LOC) {
                    continue;
                }
                Entity entity = entities.get(m.entityId());
                String key = entity == null ? ActorKeys.key(m.entityId()) : ActorKeys.key(entity);
                actors.add(key);
                // prominent: mentioned at least twice (a passing mention of a name is not what the story is about)
                if (m.type() == EntityType.PERSON && personMentions.merge(key, 1, Integer::sum) == 2) {
                    persons.add(key);
                }
                if (m.span().start() < settings.leadChars()) {
                    leadActors.add(key);
                    if (m.type() == EntityType.PERSON) {
                        leadPersons.add(key);
                    }
                }
            }
        } else {
            List<CapitalisedNames.Name> found = names.find(text);
            Set<String> standalone = new HashSet<>();
            for (CapitalisedNames.Name name : found) {
                if (name.kind() == CapitalisedNames.Kind.SINGLE || name.kind() == CapitalisedNames.Kind.SENTENCE_START) {
                    standalone.add(name.key());
                }
            }
            for (CapitalisedNames.Name name : found) {
                if (name.kind() == CapitalisedNames.Kind.SENTENCE_START) {
                    continue;
                }
                actors.add(name.key());
                if (name.kind() == CapitalisedNames.Kind.FULL_NAME && standalone.contains(name.key())) {
                    persons.add(name.key());
                }
                if (name.start() < settings.leadChars()) {
                    leadActors.add(name.key());
                    // a person is named in full once and then by surname alone ("Ali Shamkhani" ... "Shamkhani")
                    if (name.kind() == CapitalisedNames.Kind.FULL_NAME && standalone.contains(name.key())) {
                        leadPersons.add(name.key());
                    }
                }
            }
        }

        EventMention main = processed.events().stream().filter(EventMention::main).findFirst()
                .orElse(processed.events().isEmpty() ? null : processed.events().getFirst());
        if (main != null) {
            // the main event's participants are what the story is about, wherever the text first names them
            for (Entity e : annotated.entities()) {
                if (e.type() == EntityType.PERSON && (e.id().equals(main.sourceId()) || e.id().equals(main.targetId()))) {
                    leadPersons.add(ActorKeys.key(e));
                }
            }
        }
        LocalDate published = article.metadata().publishedDate().orElse(null);
        LocalDate eventDay = main == null ? null : plausible(day(main.date()), published);
        if (eventDay == null) {
            for (Timex t : annotated.timexes()) {
                if (t.span().start() < settings.leadChars() && plausible(day(t.value()), published) != null) {
                    eventDay = day(t.value());
                    break;
                }
            }
        }
        java.time.DayOfWeek weekday = null;
        if (eventDay == null) {
            if (main != null && main.date() instanceof TimeValue.UnresolvedWeekday w) {
                weekday = w.weekday();
            } else {
                for (Timex t : annotated.timexes()) {
                    if (t.span().start() < settings.leadChars() && t.value() instanceof TimeValue.UnresolvedWeekday w) {
                        weekday = w.weekday();
                        break;
                    }
                }
            }
        }
        String place = main == null || main.place() == null ? null : main.place().toLowerCase(Locale.ROOT);
        String type = main == null ? null : main.type();

        String lead = embeddingText(article);
        java.util.Optional<float[]> early = ready.remove(lead);
        float[] embedding = (early != null ? early : embedder.embed(lead)).orElse(null);

        Set<String> keys = new HashSet<>();
        for (String a : leadActors) {
            keys.add("a:" + a);
        }
        titleWords.stream().distinct().limit(TITLE_KEYS).forEach(w -> keys.add("w:" + w));
        if (embedding != null) {
            keys.addAll(buckets.keys(embedding));
        }
        String copyOf = processed.duplicate().isCopy() ? processed.duplicate().duplicateOf() : null;
        return new ArticleProfile(article.id(), terms, weights, actors, List.copyOf(leadActors), leadPersons, persons, eventDay,
                published, place, type, embedding, keys, copyOf, weekday);
    }

    /**
     * The day, unless the publication date shows it is not the reported event: news reports what happened in the
     * last days before publication (or announces the next day), so a day weeks earlier is background ("the
     * leaders last met in March") and a day weeks later a plan. Without a publication date any day is kept.
     */
    private static LocalDate plausible(LocalDate day, LocalDate published) {
        if (day == null || published == null) {
            return day;
        }
        return day.isBefore(published.minusDays(MAX_DAYS_BEFORE_PUBLICATION)) || day.isAfter(published.plusDays(1)) ? null : day;
    }

    /** The day a value names ({@link TimeValue#day()}), or a range's first day; null otherwise. */
    private static LocalDate day(TimeValue value) {
        if (value instanceof TimeValue.Range r) {
            return r.first();
        }
        return value == null ? null : value.day().orElse(null);
    }

    private List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = word.toString().toLowerCase(Locale.ROOT);
                word.setLength(0);
                if (w.length() > 1 && !stopwords.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
