package org.newsgraph.pipeline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

/**
 * Online event clustering from several signals. Each new article:
 * <ol>
 *   <li>is profiled ({@link ArticleProfile}: content words, actors, dates, place, type, optional embedding);</li>
 *   <li>finds candidate articles through an inverted index on its lead actors, title words and embedding buckets,
 *       split by publication week, keeping the {@link ClusterSettings#maxCandidates()} that share most keys; keys
 *       held by more than {@link ClusterSettings#maxPosting()} articles are skipped, so the work per article is
 *       bounded and does not grow with the collection;</li>
 *   <li>is scored against each candidate ({@link PairScorer}); an exact or near copy (per the deduplicator) is
 *       always linked to the article it copies, a partial copy linked strongly but under the date constraints;</li>
 *   <li>joins events through its links, strongest first, unless the merged event would span resolved event days
 *       or publication dates wider than the settings allow (so a chain of links cannot glue February to
 *       August);</li>
 *   <li>joins an event with whose members it has several near links (just below the threshold, to members that
 *       do not copy one another; {@link ClusterSettings#minSupport()}), under the same date constraints.</li>
 * </ol>
 * Nothing else is recomputed when an article arrives.
 *
 * <p><b>Order.</b> {@link #add} answers online, with word frequencies as they stand. {@link #snapshot()} rescores
 * every stored link with the final frequencies, applies all links in one canonical order (copies first, then partial
 * copies, then by score, then by article ids), then the corroborated joins in their canonical order, and continues
 * from that state. Event ids are {@code ev-} plus the smallest article
 * id of the event, story ids {@code st-} plus the smallest event id of the story. Hence: the same set of articles
 * in any order gives the same snapshot, provided no index key exceeded {@code maxPosting}, no article had more
 * than {@code maxCandidates} candidates (beyond those caps, which candidates are seen depends on arrival order),
 * and no pair's score rose by more than the storage margin ({@value #STORE_MARGIN}) between its first scoring and
 * the snapshot (pairs scored further below the threshold are not kept for rescoring).
 * Copies are the exception the deduplicator introduces: which article counts as the original depends on order.
 *
 * <p>Not thread-safe, except {@link #prepare}. An article id seen before is not added twice; its current event id is returned.
 */
public final class SignalEventClusterer implements EventClusterer {
    private static final double STORE_MARGIN = 0.15;
    private static final int FIT_MEMBERS = 40;

    private final ClusterSettings settings;
    private final Vocabulary vocabulary = new Vocabulary();
    private final ArticleProfiler profiler;
    private final PairScorer scorer;
    private final PairModel model;
    private final PairFeatures features;
    private final StoryLinker stories;
    private final List<ArticleProfile> profiles = new ArrayList<>();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private ConstrainedUnionFind events;

    /** Why two articles are linked: one copies the other whole, in part, or their signals agree. */
    enum Tie { COPY, PARTIAL_COPY, SCORED }

    /** A pair of articles (indices in arrival order, {@code a < b}) and how strongly they are tied. */
    record Link(int a, int b, double score, Tie tie) {
    }

    private boolean strong(Link link) {
        return link.tie() != Tie.SCORED || link.score() >= threshold(link.a(), link.b());
    }

    /** The score from which a pair links: the model's probability (higher for undated articles), or the settings'. */
    private double threshold(int a, int b) {
        if (model == null) {
            return settings.threshold(profiles.get(a).embedding() != null && profiles.get(b).embedding() != null);
        }
        return PairFeatures.undated(profiles.get(a)) || PairFeatures.undated(profiles.get(b))
                ? model.undatedLinkProbability() : model.linkProbability();
    }

    /** How strongly two articles look like one event: the model's probability, or the hand-weighted score. */
    private double score(int a, int b) {
        ArticleProfile pa = profiles.get(a);
        ArticleProfile pb = profiles.get(b);
        if (model == null) {
            return scorer.score(pa, pb);
        }
        return features.vetoed(pa, pb) ? Double.NEGATIVE_INFINITY : model.probability(features.of(pa, pb));
    }

    /**
     * Whether two events may merge as wholes (with a model): the mean probability over the pairs across them (at
     * most {@value #FIT_MEMBERS} members of each, the first to join) reaches the model's event fit. A vetoed pair
     * counts as 0. When either event has no date evidence at all (every member undated), the mean must reach the
     * undated link probability: such an event joins another only on strong evidence. Without a model every merge
     * the links allow is made.
     */
    private boolean fits(ConstrainedUnionFind uf, int a, int b) {
        if (model == null || uf.find(a) == uf.find(b)) {
            return true;
        }
        List<Integer> left = uf.members(a);
        List<Integer> right = uf.members(b);
        if (left.size() == 1 && right.size() == 1) {
            return true;
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < Math.min(left.size(), FIT_MEMBERS); i++) {
            for (int j = 0; j < Math.min(right.size(), FIT_MEMBERS); j++) {
                double p = score(left.get(i), right.get(j));
                sum += Double.isInfinite(p) ? 0 : p;
                n++;
            }
        }
        boolean undated = left.stream().allMatch(i -> PairFeatures.undated(profiles.get(i)))
                || right.stream().allMatch(i -> PairFeatures.undated(profiles.get(i)));
        return sum / n >= (undated ? Math.max(model.eventFit(), model.undatedLinkProbability()) : model.eventFit());
    }

    private void join(ConstrainedUnionFind uf, Link link) {
        if (link.tie() != Tie.SCORED || fits(uf, link.a(), link.b())) {
            uf.union(link.a(), link.b(), link.tie() == Tie.COPY);
        }
    }

    /** Hand-weighted scores ({@link PairScorer}, used by the baselines). */
    public SignalEventClusterer(ClusterSettings settings, TextEmbedder embedder) {
        this(settings, embedder, null);
    }

    /**
     * Pairs scored by a learned model (or, when {@code model} is null, by the settings' hand-set weights), events
     * merged as wholes.
     */
    public SignalEventClusterer(ClusterSettings settings, TextEmbedder embedder, PairModel model) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.profiler = new ArticleProfiler(settings, vocabulary, embedder);
        this.scorer = new PairScorer(settings, vocabulary);
        this.model = model;
        this.features = new PairFeatures(settings, vocabulary);
        this.stories = new StoryLinker(StoryLinker.DEFAULT_SHARED_ACTORS);
        this.events = new ConstrainedUnionFind(settings);
    }

    /** Clustering without embeddings, with default settings. */
    public SignalEventClusterer() {
        this(ClusterSettings.DEFAULTS, TextEmbedder.NONE);
    }

    /** Computes the title-and-lead embedding ahead; thread-safe when the embedder is. */
    @Override
    public void prepare(Article article) {
        profiler.prepare(article);
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
            // a verbatim or near copy is the same report; a partial copy may reuse background paragraphs in a
            // later story, so it links strongly but must still respect the date constraints
            // so does a near copy published days apart from its source (a template reused for another visit): only
            // the same text is forced into the same event whatever the dates
            boolean partial = article.duplicate().kind() == DuplicateVerdict.Kind.PARTIAL
                    || article.duplicate().kind() == DuplicateVerdict.Kind.NEAR
                    && PairScorer.gap(profile.published(), profiles.get(original).published()) > settings.maxPublishedGap();
            fresh.add(new Link(original, at, 1, partial ? Tie.PARTIAL_COPY : Tie.COPY));
        }
        for (int candidate : candidates(profile)) {
            if (profile.published() != null && profiles.get(candidate).published() != null
                    && PairScorer.gap(profile.published(), profiles.get(candidate).published()) > settings.maxPublishedGap()) {
                continue;
            }
            if (original != null && candidate == original) {
                continue;
            }
            double score = score(candidate, at);
            if (score >= threshold(candidate, at) - STORE_MARGIN) {
                fresh.add(new Link(candidate, at, score, Tie.SCORED));
            }
        }
        for (String key : indexKeys(profile)) {
            List<Integer> posting = postings.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (posting.size() <= settings.maxPosting()) {
                posting.add(at);
            }
        }
        links.addAll(fresh);
        fresh.sort(CANONICAL.apply(profiles));
        for (Link link : fresh) {
            if (strong(link)) {
                join(events, link);
            }
        }
        corroborate(events, fresh);
        return eventId(at);
    }

    @Override
    public Clustering snapshot() {
        List<Link> rescored = new ArrayList<>(links.size());
        for (Link l : links) {
            rescored.add(l.tie() != Tie.SCORED ? l : new Link(l.a(), l.b(), score(l.a(), l.b()), Tie.SCORED));
        }
        rescored.sort(CANONICAL.apply(profiles));
        ConstrainedUnionFind canonical = new ConstrainedUnionFind(settings);
        for (ArticleProfile p : profiles) {
            canonical.add(p);
        }
        for (Link link : rescored) {
            if (strong(link)) {
                join(canonical, link);
            }
        }
        corroborate(canonical, rescored);
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

    /** A scored link below the threshold by at most {@link ClusterSettings#supportMargin()}. */
    private boolean near(Link link) {
        return link.tie() == Tie.SCORED && !strong(link)
                && link.score() >= threshold(link.a(), link.b()) - settings.supportMargin();
    }

    /**
     * Joins an article to an event with which it has near links ({@link #near}) to at least
     * {@link ClusterSettings#minSupport()} members that are not copies of one another: one near miss may be noise,
     * several with one event corroborate each other. Proposals are made from the state the strong links left and
     * applied strongest first (most supporters, then highest mean score, then article and event ids), under the
     * same date constraints as any link, so the outcome does not depend on arrival order.
     */
    private void corroborate(ConstrainedUnionFind events, List<Link> candidates) {
        // (article, event root) -> supporting members of that event, and their summed scores
        Map<Long, List<Integer>> support = new HashMap<>();
        Map<Long, Double> scores = new HashMap<>();
        for (Link link : candidates) {
            if (!near(link) || events.find(link.a()) == events.find(link.b())) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                int article = side == 0 ? link.a() : link.b();
                int member = side == 0 ? link.b() : link.a();
                long key = ((long) article << 32) | events.find(member);
                support.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
                scores.merge(key, link.score(), Double::sum);
            }
        }
        record Proposal(int article, int member, int sources, double mean, String articleId, String eventId) {
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> e : support.entrySet()) {
            int sources = independentSources(e.getValue());
            if (sources >= settings.minSupport()) {
                int article = (int) (e.getKey() >>> 32);
                int member = e.getValue().stream().min(Comparator.comparing(m -> profiles.get(m).id())).orElseThrow();
                proposals.add(new Proposal(article, member, sources, scores.get(e.getKey()) / e.getValue().size(),
                        profiles.get(article).id(), events.smallestId(member)));
            }
        }
        proposals.sort(Comparator.comparingInt(Proposal::sources).reversed()
                .thenComparing(Comparator.comparingDouble(Proposal::mean).reversed())
                .thenComparing(Proposal::articleId)
                .thenComparing(Proposal::eventId));
        for (Proposal p : proposals) {
            if (fits(events, p.article(), p.member())) {
                events.union(p.article(), p.member(), false);
            }
        }
    }

    /** How many of these articles are independent sources: a copy and what it copies count once. */
    private int independentSources(List<Integer> members) {
        java.util.Set<String> roots = new java.util.HashSet<>();
        for (int m : members) {
            String id = profiles.get(m).id();
            for (int hops = 0; hops < profiles.size(); hops++) {
                String copyOf = profiles.get(indexOf.get(id)).copyOf();
                if (copyOf == null || !indexOf.containsKey(copyOf)) {
                    break;
                }
                id = copyOf;
            }
            roots.add(id);
        }
        return roots.size();
    }

    private String eventId(int article) {
        return "ev-" + events.smallestId(article);
    }

    private List<Integer> candidates(ArticleProfile profile) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String key : queryKeys(profile)) {
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

    /**
     * Keys an article is filed under: each profile key for any time ({@code |*}), and again for its publication
     * week ({@code |w<n>}) or as undated ({@code |-}). Dated articles look only at neighbouring weeks, so the work
     * per article depends on how much news arrives in a fortnight, not on the size of the collection; articles
     * more than {@link ClusterSettings#maxPublishedGap()} days apart could not be linked anyway.
     */
    private static List<String> indexKeys(ArticleProfile p) {
        List<String> keys = new ArrayList<>(p.keys().size() * 2);
        String time = p.published() == null ? "|-" : "|w" + week(p);
        for (String key : p.keys()) {
            keys.add(key + "|*");
            keys.add(key + time);
        }
        return keys;
    }

    /** Keys an article looks up: neighbouring weeks and undated articles when dated, everything when undated. */
    private static List<String> queryKeys(ArticleProfile p) {
        List<String> keys = new ArrayList<>(p.keys().size() * 4);
        for (String key : p.keys()) {
            if (p.published() == null) {
                keys.add(key + "|*");
            } else {
                long week = week(p);
                keys.add(key + "|w" + (week - 1));
                keys.add(key + "|w" + week);
                keys.add(key + "|w" + (week + 1));
                keys.add(key + "|-");
            }
        }
        return keys;
    }

    private static long week(ArticleProfile p) {
        return Math.floorDiv(p.published().toEpochDay(), 7);
    }

    private static final java.util.function.Function<List<ArticleProfile>, Comparator<Link>> CANONICAL = profiles ->
            Comparator.comparing(Link::tie)
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
