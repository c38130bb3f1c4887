package org.newsgraph.pipeline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsgraph.model.Article;

/**
 * Finds exact, near and partial copies among the articles seen so far, without comparing every pair.
 *
 * <p><b>Candidates</b> come from two sub-linear lookups on the narrative word shingles
 * ({@link WordShingles#ofNarrative}: quotations left out, since independent reports of one statement share them):
 * <ul>
 *   <li>MinHash signatures hashed into LSH buckets (bands of the signature): texts alike as a whole;</li>
 *   <li>a fixed, hash-chosen sample of each article's shingles is kept, a sparser subset (anchors) indexed:
 *       texts sharing at least {@link DedupSettings#minSharedAnchors()} anchors, and then at least
 *       {@link DedupSettings#minSharedSamples()} samples covering {@link DedupSettings#candidateContainment()} of
 *       the shorter text's samples (samples already seen in {@link DedupSettings#boilerplateCount()} articles
 *       left out).</li>
 * </ul>
 * <b>Verdicts.</b> <em>Exact</em>: same fingerprint of the normalized text ({@link Article#fingerprint()}).
 * Otherwise each candidate's sentences are aligned with the article's in order ({@link SentenceAlignment}; whole
 * sentences seen in {@code boilerplateCount} articles weigh nothing, quotations less than narrative), and the
 * {@link CopyRule} decides: a copy repeats several sentences in order covering most of the shorter text, so a
 * shared wire lead, or a few lines of one broadcaster's report, is not a copy. <em>Near</em>: a copy whose
 * estimated Jaccard similarity (MinHash) reaches {@link DedupSettings#nearJaccard()}; <em>partial</em>: any other
 * copy (a wire story reused under a new intro, a brief cut from a longer piece). A copy points to the article it
 * copies most ({@link CopyEvidence#similarity()}; ties: the earliest added), not merely the first that shares its
 * lead. Buckets and anchors seen in more than {@link DedupSettings#maxPosting()} articles (boilerplate) stop being
 * indexed, so the work per article stays bounded as the collection grows.
 *
 * <p>Deterministic: the same articles in the same order give the same verdicts. An article id seen before gets
 * {@link DuplicateVerdict#ORIGINAL} again without being indexed twice. Empty texts are originals. Not thread-safe.
 */
public final class MinHashDeduplicator implements Deduplicator {
    private final DedupSettings settings;
    private final WordShingles shingles;
    private final CopyProfiler profiler = new CopyProfiler();
    private final SentenceAlignment alignment;
    private final long[] seeds;
    private final Map<String, String> firstByFingerprint = new HashMap<>();
    private final Map<String, Integer> indexOfId = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<long[]> samples = new ArrayList<>();
    private final List<CopyProfile> profiles = new ArrayList<>();
    private final LongPostings buckets;
    private final LongPostings anchors;
    private final ShingleCounts counts = new ShingleCounts(20);
    private final ShingleCounts sentenceCounts = new ShingleCounts(20);

    public MinHashDeduplicator(DedupSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.shingles = new WordShingles(settings.shingleWords());
        this.alignment = settings.copy().alignment();
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
        CopyProfile profile = profiler.profile(article.text());
        DuplicateVerdict verdict = exact != null
                ? new DuplicateVerdict(DuplicateVerdict.Kind.EXACT, exact, 1.0)
                : set.length == 0 ? DuplicateVerdict.ORIGINAL : bestMatch(signature, sample, profile);
        remember(article.id(), signature, sample, profile, set.length > 0);
        return verdict;
    }

    private DuplicateVerdict bestMatch(int[] signature, long[] sample, CopyProfile profile) {
        // candidate index -> estimated Jaccard similarity (0 when found through anchors only)
        Map<Integer, Double> candidates = new TreeMap<>();
        for (int candidate : lshCandidates(signature)) {
            double jaccard = agreement(signature, signatures.get(candidate));
            if (jaccard >= settings.nearJaccard()) {
                candidates.put(candidate, jaccard);
            }
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (long s : sample) {
            if (isAnchor(s)) {
                anchors.forEach(s, candidate -> shared.merge(candidate, 1, Integer::sum));
            }
        }
        long[] rareSample = rare(sample);
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int candidate = e.getKey();
            if (e.getValue() < settings.minSharedAnchors() || candidates.containsKey(candidate)) {
                continue;
            }
            long[] other = rare(samples.get(candidate));
            int common = intersection(rareSample, other);
            int smaller = Math.min(rareSample.length, other.length);
            if (common >= settings.minSharedSamples() && common >= settings.candidateContainment() * smaller) {
                candidates.put(candidate, 0.0);
            }
        }
        DuplicateVerdict best = DuplicateVerdict.ORIGINAL;
        double[] weights = weights(profile);
        for (Map.Entry<Integer, Double> e : candidates.entrySet()) {
            int candidate = e.getKey();
            CopyProfile other = profiles.get(candidate);
            CopyEvidence evidence = alignment.align(profile, other, weights, weights(other));
            boolean near = e.getValue() >= settings.nearJaccard();
            if (!near && !settings.copy().isCopy(evidence)) {
                continue;
            }
            double similarity = near ? Math.max(e.getValue(), evidence.similarity()) : evidence.similarity();
            // candidates come in index order, so a tie keeps the earliest
            if (similarity > best.similarity() || !best.isCopy()) {
                best = new DuplicateVerdict(near ? DuplicateVerdict.Kind.NEAR : DuplicateVerdict.Kind.PARTIAL,
                        ids.get(candidate), similarity);
            }
        }
        return best;
    }

    /** Sentence weights for alignment: boilerplate lines 0, quotations {@link CopyRule#quoteWeight()}, else 1. */
    private double[] weights(CopyProfile profile) {
        double[] out = new double[profile.sentences().size()];
        for (int i = 0; i < out.length; i++) {
            CopyProfile.Sentence s = profile.sentences().get(i);
            out[i] = sentenceCounts.estimate(s.fingerprint()) >= settings.boilerplateCount() ? 0
                    : s.quoted() ? settings.copy().quoteWeight() : 1;
        }
        return out;
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
        return n == sample.length ? sample : Arrays.copyOf(out, n);
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

    private java.util.Set<Integer> lshCandidates(int[] signature) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int b = 0; b < settings.bands(); b++) {
            buckets.forEach(bandKey(signature, b), out::add);
        }
        return out;
    }

    private void remember(String id, int[] signature, long[] sample, CopyProfile profile, boolean index) {
        int at = ids.size();
        ids.add(id);
        indexOfId.put(id, at);
        signatures.add(signature);
        samples.add(sample);
        profiles.add(profile);
        counts.add(sample);
        sentenceCounts.add(profile.fingerprints());
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
        return Arrays.copyOf(out, n);
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
