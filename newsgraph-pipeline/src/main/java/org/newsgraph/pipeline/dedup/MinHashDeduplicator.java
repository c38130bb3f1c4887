package org.newsgraph.pipeline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * Finds exact, near and partial copies among the articles seen so far, without comparing every pair.
 *
 * Texts are compared on their narrative word shingles ({@link WordShingles#ofNarrative}): quotations are left out,
 * since independent reports of one statement share them.
 * <ul>
 *   <li><b>Exact</b>: same fingerprint of the normalized text ({@link Article#fingerprint()}).</li>
 *   <li><b>Near</b>: MinHash signatures of the word shingles; candidates come from LSH buckets (bands of the
 *       signature), the verdict from the estimated Jaccard similarity.</li>
 *   <li><b>Partial</b>: a story that reuses most of another (a wire story with a new intro, a brief that is the
 *       lede of a longer piece). A fixed, hash-chosen sample of each article's shingles is kept; a sparser subset
 *       (anchors) is indexed. Candidates share at least {@link DedupSettings#minSharedAnchors()} anchors; the
 *       verdict is the share of the shorter text's samples found in the other's, leaving out samples already
 *       seen in {@link DedupSettings#boilerplateCount()} articles (boilerplate), and requiring at least
 *       {@link DedupSettings#minSharedSamples()} in common.</li>
 * </ul>
 * A copy points to the article it copies best (ties: the earliest added). Lookups touch only the LSH buckets and
 * the posting lists of the article's own anchors; buckets and anchors seen in more than {@link DedupSettings#maxPosting()} articles
 * (boilerplate) stop being indexed, so the work per article stays bounded as the collection grows.
 *
 * <p>Deterministic: the same articles in the same order give the same verdicts. An article id seen before gets
 * {@link DuplicateVerdict#ORIGINAL} again without being indexed twice. Empty texts are originals. Not thread-safe.
 */
public final class MinHashDeduplicator implements Deduplicator {
    private final DedupSettings settings;
    private final WordShingles shingles;
    private final long[] seeds;
    private final Map<String, String> firstByFingerprint = new HashMap<>();
    private final Map<String, Integer> indexOfId = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<long[]> samples = new ArrayList<>();
    private final LongPostings buckets;
    private final LongPostings anchors;
    private final ShingleCounts counts = new ShingleCounts(20);

    public MinHashDeduplicator(DedupSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.shingles = new WordShingles(settings.shingleWords());
        this.buckets = new LongPostings(settings.maxPosting());
        this.anchors = new LongPostings(settings.maxPosting());
        this.seeds = new long[settings.permutations()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = WordShingles.mix(0x9e3779b97f4a7c15L * (i + 1));
        }
    }

    public MinHashDeduplicator() {
        this(DedupSettings.DEFAULTS);
    }

    @Override
    public DuplicateVerdict add(Article article) {
        if (indexOfId.containsKey(article.id())) {
            return DuplicateVerdict.ORIGINAL;
        }
        String exact = firstByFingerprint.putIfAbsent(article.fingerprint(), article.id());
        long[] set = shingles.ofNarrative(article.text());
        int[] signature = signature(set);
        long[] sample = sample(set);
        DuplicateVerdict verdict = exact != null
                ? new DuplicateVerdict(DuplicateVerdict.Kind.EXACT, exact, 1.0)
                : set.length == 0 ? DuplicateVerdict.ORIGINAL : bestMatch(signature, sample);
        remember(article.id(), signature, sample, set.length > 0);
        return verdict;
    }

    private DuplicateVerdict bestMatch(int[] signature, long[] sample) {
        DuplicateVerdict best = DuplicateVerdict.ORIGINAL;
        int bestIndex = Integer.MAX_VALUE;
        for (int candidate : lshCandidates(signature)) {
            double jaccard = agreement(signature, signatures.get(candidate));
            if (jaccard >= settings.nearJaccard() && better(jaccard, candidate, best.similarity(), bestIndex)) {
                best = new DuplicateVerdict(DuplicateVerdict.Kind.NEAR, ids.get(candidate), jaccard);
                bestIndex = candidate;
            }
        }
        if (best.isCopy()) {
            return best;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (long s : sample) {
            if (isAnchor(s)) {
                anchors.forEach(s, candidate -> shared.merge(candidate, 1, Integer::sum));
            }
        }
        long[] rareSample = rare(sample);
        for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(shared).entrySet()) {
            int candidate = e.getKey();
            if (e.getValue() < settings.minSharedAnchors()) {
                continue;
            }
            long[] other = rare(samples.get(candidate));
            int smaller = Math.min(rareSample.length, other.length);
            int common = intersection(rareSample, other);
            if (common < settings.minSharedSamples()) {
                continue;
            }
            double containment = (double) common / smaller;
            if (containment >= settings.partialContainment() && better(containment, candidate, best.similarity(), bestIndex)) {
                best = new DuplicateVerdict(DuplicateVerdict.Kind.PARTIAL, ids.get(candidate), containment);
                bestIndex = candidate;
            }
        }
        return best;
    }

    /** The samples not (yet) seen in {@link DedupSettings#boilerplateCount()} or more articles. */
    private long[] rare(long[] sample) {
        long[] out = new long[sample.length];
        int n = 0;
        for (long s : sample) {
            if (counts.estimate(s) < settings.boilerplateCount()) {
                out[n++] = s;
            }
        }
        return n == sample.length ? sample : java.util.Arrays.copyOf(out, n);
    }

    private static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    private boolean isAnchor(long shingle) {
        return Long.remainderUnsigned(WordShingles.mix(shingle ^ 0x5deece66dL), settings.anchorModulus()) == 0;
    }

    private static boolean better(double score, int index, double bestScore, int bestIndex) {
        return score > bestScore || (score == bestScore && index < bestIndex);
    }

    private java.util.Set<Integer> lshCandidates(int[] signature) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int b = 0; b < settings.bands(); b++) {
            buckets.forEach(bandKey(signature, b), out::add);
        }
        return out;
    }

    private void remember(String id, int[] signature, long[] sample, boolean index) {
        int at = ids.size();
        ids.add(id);
        indexOfId.put(id, at);
        signatures.add(signature);
        samples.add(sample);
        counts.add(sample);
        if (!index) {
            return;
        }
        for (int b = 0; b < settings.bands(); b++) {
            buckets.add(bandKey(signature, b), at);
        }
        for (long s : sample) {
            if (isAnchor(s)) {
                anchors.add(s, at);
            }
        }
    }

    private int[] signature(long[] set) {
        int[] signature = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            long min = Long.MAX_VALUE;
            for (long s : set) {
                long h = WordShingles.mix(s ^ seeds[i]);
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = (int) (min ^ (min >>> 32));
        }
        return signature;
    }

    private long[] sample(long[] set) {
        int n = 0;
        long[] out = new long[set.length];
        for (long s : set) {
            if (Long.remainderUnsigned(WordShingles.mix(s ^ 0x5deece66dL), settings.sampleModulus()) == 0) {
                out[n++] = s;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private long bandKey(int[] signature, int band) {
        long h = band * 0x9e3779b97f4a7c15L;
        for (int r = 0; r < settings.rowsPerBand(); r++) {
            h = WordShingles.mix(h ^ signature[band * settings.rowsPerBand() + r]);
        }
        return h;
    }

    private static double agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }
}
