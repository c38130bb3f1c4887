package org.newsgraph.pipeline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.pipeline.Processed;

/**
 * Online event clustering from several signals. Each new article:
 * <ol>
 *   <li>is profiled ({@link ArticleProfile}: content words, actors, dates, place, type, optional embedding);</li>
 *   <li>finds candidate articles through an inverted index on its lead actors, title words and embedding buckets,
 *       keeping the {@link ClusterSettings#maxCandidates()} that share most keys; keys held by more than
 *       {@link ClusterSettings#maxPosting()} articles are skipped, so the work per article is bounded and does not
 *       grow with the collection;</li>
 *   <li>is scored against each candidate ({@link PairScorer}); a copy (per the deduplicator) is always linked to
 *       the article it copies;</li>
 *   <li>joins events through its links, strongest first, unless the merged event would span resolved event days
 *       or publication dates wider than the settings allow (so a chain of links cannot glue February to
 *       August).</li>
 * </ol>
 * Nothing else is recomputed when an article arrives.
 *
 * <p><b>Order.</b> {@link #add} answers online, with word frequencies as they stand. {@link #snapshot()} rescores
 * every stored link with the final frequencies, applies all links in one canonical order (copies first, then by
 * score, then by article ids) and continues from that state. Event ids are {@code ev-} plus the smallest article
 * id of the event, story ids {@code st-} plus the smallest event id of the story. Hence: the same set of articles
 * in any order gives the same snapshot, provided no index key exceeded {@code maxPosting} and no article had more
 * than {@code maxCandidates} candidates (beyond those caps, which candidates are seen depends on arrival order).
 * Copies are the exception the deduplicator introduces: which article counts as the original depends on order.
 *
 * <p>Not thread-safe. An article id seen before is not added twice; its current event id is returned.
 */
public final class SignalEventClusterer implements EventClusterer {
    private static final double STORE_MARGIN = 0.15;

    private final ClusterSettings settings;
    private final Vocabulary vocabulary = new Vocabulary();
    private final ArticleProfiler profiler;
    private final PairScorer scorer;
    private final StoryLinker stories;
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private ConstrainedUnionFind events;

    /** A scored pair of articles (indices in arrival order, {@code a < b}). */
    record Link(int a, int b, double score, boolean copy) {
    }

    private boolean strong(Link link) {
        return link.copy() || link.score() >= settings.threshold(embedded(link));
    }

    private boolean embedded(Link link) {
        return profiles.get(link.a()).embedding() != null && profiles.get(link.b()).embedding() != null;
    }

    public SignalEventClusterer(ClusterSettings settings, TextEmbedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.profiler = new ArticleProfiler(settings, vocabulary, embedder);
        this.scorer = new PairScorer(settings, vocabulary);
        this.stories = new StoryLinker(StoryLinker.DEFAULT_SHARED_ACTORS);
        this.events = new ConstrainedUnionFind(settings);
    }

    /** Clustering without embeddings, with default settings. */
    public SignalEventClusterer() {
        this(ClusterSettings.DEFAULTS, TextEmbedder.NONE);
    }

    @Override
    public String add(Processed article) {
        Integer seen = indexOf.get(article.article().id());
        if (seen != null) {
            return eventId(seen);
        }
        ArticleProfile profile = profiler.profile(article);
        int at = profiles.size();
        profiles.add(profile);
        indexOf.put(profile.id(), at);
        events.add(profile);

        List<Link> fresh = new ArrayList<>();
        Integer original = profile.copyOf() == null ? null : indexOf.get(profile.copyOf());
        if (original != null) {
            fresh.add(new Link(original, at, 1, true));
        }
        for (int candidate : candidates(profile)) {
            if (original != null && candidate == original) {
                continue;
            }
            double score = scorer.score(profiles.get(candidate), profile);
            if (score >= settings.threshold(profiles.get(candidate).embedding() != null && profile.embedding() != null) - STORE_MARGIN) {
                fresh.add(new Link(candidate, at, score, false));
            }
        }
        for (String key : profile.keys()) {
            List<Integer> posting = postings.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (posting.size() <= settings.maxPosting()) {
                posting.add(at);
            }
        }
        links.addAll(fresh);
        fresh.sort(CANONICAL.apply(profiles));
        for (Link link : fresh) {
            if (strong(link)) {
                events.union(link.a(), link.b(), link.copy());
            }
        }
        return eventId(at);
    }

    @Override
    public Clustering snapshot() {
        List<Link> rescored = new ArrayList<>(links.size());
        for (Link l : links) {
            rescored.add(l.copy() ? l : new Link(l.a(), l.b(), scorer.score(profiles.get(l.a()), profiles.get(l.b())), false));
        }
        rescored.sort(CANONICAL.apply(profiles));
        ConstrainedUnionFind canonical = new ConstrainedUnionFind(settings);
        for (ArticleProfile p : profiles) {
            canonical.add(p);
        }
        for (Link link : rescored) {
            if (strong(link)) {
                canonical.union(link.a(), link.b(), link.copy());
            }
        }
        links.clear();
        links.addAll(rescored);
        events = canonical;

        Map<String, String> eventOfArticle = new LinkedHashMap<>();
        Map<String, List<ArticleProfile>> members = new LinkedHashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            String event = eventId(i);
            eventOfArticle.put(profiles.get(i).id(), event);
            members.computeIfAbsent(event, e -> new ArrayList<>()).add(profiles.get(i));
        }
        return new Clustering(eventOfArticle, stories.link(members));
    }

    private String eventId(int article) {
        return "ev-" + events.smallestId(article);
    }

    private List<Integer> candidates(ArticleProfile profile) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String key : profile.keys()) {
            List<Integer> posting = postings.get(key);
            if (posting != null && posting.size() <= settings.maxPosting()) {
                for (int other : posting) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        // keep the maxCandidates articles sharing most keys (ties: smaller id) without sorting them all
        Comparator<Map.Entry<Integer, Integer>> better = Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(e -> profiles.get(e.getKey()).id(), Comparator.reverseOrder());
        java.util.PriorityQueue<Map.Entry<Integer, Integer>> top = new java.util.PriorityQueue<>(better);
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (top.size() < settings.maxCandidates()) {
                top.add(e);
            } else if (better.compare(e, top.peek()) > 0) {
                top.poll();
                top.add(e);
            }
        }
        return top.stream().map(Map.Entry::getKey).sorted().toList();
    }

    private static final java.util.function.Function<List<ArticleProfile>, Comparator<Link>> CANONICAL = profiles ->
            Comparator.comparing((Link l) -> !l.copy())
                    .thenComparing(Comparator.comparingDouble(Link::score).reversed())
                    .thenComparing(l -> lower(profiles, l))
                    .thenComparing(l -> upper(profiles, l));

    private static String lower(List<ArticleProfile> profiles, Link l) {
        String a = profiles.get(l.a()).id();
        String b = profiles.get(l.b()).id();
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String upper(List<ArticleProfile> profiles, Link l) {
        String a = profiles.get(l.a()).id();
        String b = profiles.get(l.b()).id();
        return a.compareTo(b) <= 0 ? b : a;
    }
}
