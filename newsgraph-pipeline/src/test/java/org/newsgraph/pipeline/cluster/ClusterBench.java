package org.newsgraph.pipeline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.Deduplicator;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;
import org.newsgraph.pipeline.dedup.MinHashDeduplicator;
import org.newsgraph.pipeline.extract.NewsExtractor;

/**
 * Measurement harness (not a test): dedup and event clustering on the shared gold sets, and throughput on the
 * bulk corpus. Reads {@code ../shared/data} at run time and prints only numbers and ids.
 * Usage: {@code ClusterBench DATA_DIR devset|seeds|ecb|dedup|pairs DIR|bulk N [--dates] [--embed] [--shuffle]},
 * run with {@code java -cp target/test-classes:target/classes:$(the module's test classpath)}. {@code --dates} gives
 * each article the publication date the gold set states (what metadata extraction is expected to find);
 * {@code --embed} adds MiniLM embeddings; {@code --shuffle} re-runs ten arrival orders and counts distinct results.
 */
public final class ClusterBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NewsExtractor EXTRACTOR = new NewsExtractor();
    private static final boolean SHOW_COPIES = Boolean.getBoolean("showCopies");

    record Doc(String id, String text, String title, LocalDate published, String outlet, String gold, String topic) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        String what = args[1];
        boolean embed = List.of(args).contains("--embed");
        boolean dates = List.of(args).contains("--dates");
        TextEmbedder embedder = embed ? new MiniLmEmbedder() : TextEmbedder.NONE;
        switch (what) {
            case "devset", "seeds" -> gold(data.resolve(what), dates, embedder, List.of(args).contains("--shuffle"));
            case "pairs" -> pairs(data.resolve(args[2]), List.of(args).contains("--dates"), embedder);
            case "dedup" -> dedupSweep(data.resolve("devset"));
            case "ecb" -> ecb(data.resolve("ecbplus/ecbplus_test.conll"), embedder);
            case "bulk" -> bulk(data.resolve("bulk/allsides-article-bias"), Integer.parseInt(args[2]), embedder);
            default -> throw new IllegalArgumentException(what);
        }
    }

    static void gold(Path dir, boolean dates, TextEmbedder embedder, boolean shuffle) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
        List<Doc> docs = new ArrayList<>();
        Set<Set<String>> goldPairs = new HashSet<>();
        for (JsonNode a : gold.get("articles")) {
            String id = a.get("id").asText();
            String raw = Files.readString(dir.resolve("articles/" + id + ".txt"));
            String title = raw.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            LocalDate published = dates && a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null;
            String outlet = a.hasNonNull("outlet") ? a.get("outlet").asText() : null;
            docs.add(new Doc(id, raw, title, published, outlet, a.get("event").asText(), null));
            if (a.hasNonNull("near_duplicate_of")) {
                goldPairs.add(Set.of(id, a.get("near_duplicate_of").asText()));
            }
        }
        Run run = run(docs, embedder, ClusterSettings.DEFAULTS);
        Set<Set<String>> found = new HashSet<>();
        run.verdicts.forEach((id, v) -> {
            if (v.isCopy()) {
                found.add(Set.of(id, v.duplicateOf()));
                System.out.printf("copy %s -> %s %s %.2f gold=%s%n", id, v.duplicateOf(), v.kind(), v.similarity(),
                        goldPairs.contains(Set.of(id, v.duplicateOf())));
            }
        });
        int tp = (int) found.stream().filter(goldPairs::contains).count();
        System.out.printf("dedup pairs: found %d gold %d correct %d  P=%.3f R=%.3f%n", found.size(), goldPairs.size(), tp,
                found.isEmpty() ? 1.0 : (double) tp / found.size(), (double) tp / goldPairs.size());
        Map<String, String> goldOf = new HashMap<>();
        docs.forEach(d -> goldOf.put(d.id(), d.gold()));
        report("signal", goldOf, run.clustering.eventOfArticle());
        Map<String, String> goldStoryOfEvent = new HashMap<>();
        for (JsonNode e : gold.get("events")) {
            goldStoryOfEvent.put(e.get("id").asText(), e.hasNonNull("story") ? e.get("story").asText() : "own-" + e.get("id").asText());
        }
        Map<String, String> goldStory = new HashMap<>();
        Map<String, String> sysStory = new HashMap<>();
        goldOf.forEach((a, e) -> goldStory.put(a, goldStoryOfEvent.get(e)));
        run.clustering.eventOfArticle().forEach((a, e) -> sysStory.put(a, run.clustering.storyOfEvent().get(e)));
        report("stories", goldStory, sysStory);
        Map<String, Integer> storySizes = new TreeMap<>();
        run.clustering.storyOfEvent().values().forEach(s -> storySizes.merge(s, 1, Integer::sum));
        System.out.println("events " + new HashSet<>(run.clustering.eventOfArticle().values()).size() + " stories " + storySizes);
        System.out.println("clusters " + groups(run.clustering.eventOfArticle()));
        for (double t : new double[] {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55}) {
            report(String.format("signal@%.2f", t), goldOf, run(docs, embedder, ClusterSettings.DEFAULTS.withLinkThresholds(t, t)).clustering.eventOfArticle());
        }
        report("minhash-only", goldOf, minhashOnly(run));
        if (embedder != TextEmbedder.NONE) {
            for (double t : new double[] {0.5, 0.6, 0.7, 0.8}) {
                report(String.format("embedding-only@%.2f", t), goldOf, run(docs, embedder,
                        ClusterSettings.DEFAULTS.withWeights(0, 1, 0.000001).withLinkThresholds(t, t)).clustering.eventOfArticle());
            }
        }
        if (shuffle) {
            Set<Map<String, String>> seen = new HashSet<>();
            for (int seed = 0; seed < 10; seed++) {
                List<Doc> copy = new ArrayList<>(docs);
                Collections.shuffle(copy, new Random(seed));
                Run r = run(copy, embedder, ClusterSettings.DEFAULTS);
                seen.add(canonicalGroups(r.clustering.eventOfArticle()));
                report("shuffle" + seed, goldOf, r.clustering.eventOfArticle());
            }
            System.out.println("distinct clusterings over 10 shuffles: " + seen.size());
        }
    }

    static void pairs(Path dir, boolean dates, TextEmbedder embedder) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(ClusterSettings.DEFAULTS, vocabulary, embedder);
        PairScorer scorer = new PairScorer(ClusterSettings.DEFAULTS, vocabulary);
        List<ArticleProfile> profiles = new ArrayList<>();
        Map<String, String> goldOf = new HashMap<>();
        for (JsonNode a : gold.get("articles")) {
            String id = a.get("id").asText();
            String raw = Files.readString(dir.resolve("articles/" + id + ".txt"));
            String title = raw.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            LocalDate published = dates && a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null;
            Article article = article(new Doc(id, raw, title, published, null, null, null));
            profiles.add(profiler.profile(new Processed(AnnotatedArticle.bare(article), DuplicateVerdict.ORIGINAL, List.of())));
            goldOf.put(id, a.get("event").asText());
        }
        for (ArticleProfile p : profiles) {
            System.out.println(p.id() + " lead=" + p.leadActors() + " leadPersons=" + p.leadPersons() + " persons=" + p.persons());
        }
        for (int i = 0; i < profiles.size(); i++) {
            for (int j = i + 1; j < profiles.size(); j++) {
                ArticleProfile a = profiles.get(i);
                ArticleProfile b = profiles.get(j);
                boolean same = goldOf.get(a.id()).equals(goldOf.get(b.id()));
                double score = scorer.score(a, b);
                double emb = a.embedding() == null ? -1 : Vectors.dot(a.embedding(), b.embedding());
                if (same || score > 0.2) {
                    System.out.printf("%s %s-%s score=%.3f lex=%.3f act=%.3f emb=%.3f%n", same ? "SAME" : "diff", a.id(), b.id(),
                            score, scorer.lexical(a, b), PairScorer.actors(a, b), emb);
                }
            }
        }
    }

    static void dedupSweep(Path dir) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
        List<Article> articles = new ArrayList<>();
        Set<Set<String>> goldPairs = new HashSet<>();
        for (JsonNode a : gold.get("articles")) {
            String id = a.get("id").asText();
            articles.add(article(new Doc(id, Files.readString(dir.resolve("articles/" + id + ".txt")), null, null, null, null, null)));
            if (a.hasNonNull("near_duplicate_of")) {
                goldPairs.add(Set.of(id, a.get("near_duplicate_of").asText()));
            }
        }
        for (int k : new int[] {3, 4}) {
            for (int modulus : new int[] {2, 4}) {
                for (double c : new double[] {0.25, 0.3, 0.35, 0.4, 0.45, 0.5}) {
                    org.newsgraph.pipeline.dedup.DedupSettings settings =
                            new org.newsgraph.pipeline.dedup.DedupSettings(k, 128, 32, 4, 0.5, c, modulus, 8, 2, 10, 8, 100,
                                    org.newsgraph.pipeline.dedup.CopyRule.DEFAULTS);
                    MinHashDeduplicator dedup = new MinHashDeduplicator(settings);
                    Set<Set<String>> found = new HashSet<>();
                    for (Article a : articles) {
                        DuplicateVerdict v = dedup.add(a);
                        if (v.isCopy()) {
                            found.add(Set.of(a.id(), v.duplicateOf()));
                        }
                    }
                    int tp = (int) found.stream().filter(goldPairs::contains).count();
                    System.out.printf("k=%d mod=%d partial>=%.2f found=%d correct=%d P=%.3f R=%.3f wrong=%s%n", k, modulus, c,
                            found.size(), tp, found.isEmpty() ? 1.0 : (double) tp / found.size(), (double) tp / goldPairs.size(),
                            found.stream().filter(f -> !goldPairs.contains(f)).map(f -> new java.util.TreeSet<>(f).toString()).sorted().toList());
                }
            }
        }
    }

    static Map<String, String> canonicalGroups(Map<String, String> eventOf) {
        return new TreeMap<>(eventOf);
    }

    static Map<String, String> minhashOnly(Run run) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, DuplicateVerdict> e : run.verdicts.entrySet()) {
            String root = e.getKey();
            while (run.verdicts.get(root).isCopy()) {
                root = run.verdicts.get(root).duplicateOf();
            }
            out.put(e.getKey(), root);
        }
        return out;
    }

    record Run(Map<String, DuplicateVerdict> verdicts, Clustering clustering, List<Processed> processed) {
    }

    static Run run(List<Doc> docs, TextEmbedder embedder, ClusterSettings settings) {
        Deduplicator dedup = new MinHashDeduplicator();
        SignalEventClusterer clusterer = new SignalEventClusterer(settings, embedder);
        Map<String, DuplicateVerdict> verdicts = new LinkedHashMap<>();
        List<Processed> processed = new ArrayList<>();
        for (Doc d : docs) {
            Article article = article(d);
            if (article == null) {
                continue;
            }
            DuplicateVerdict v = dedup.add(article);
            verdicts.put(article.id(), v);
            Processed p = new Processed(AnnotatedArticle.bare(article), v, List.of());
            processed.add(p);
            clusterer.add(p);
        }
        return new Run(verdicts, clusterer.snapshot(), processed);
    }

    static Article article(Doc d) {
        RawDocument raw = new RawDocument(d.id(), d.text().getBytes(StandardCharsets.UTF_8), Format.TEXT, "UTF-8",
                new SourceHints(d.id(), null, d.title(), d.published(), d.outlet()));
        return EXTRACTOR.extract(raw) instanceof Outcome.Ok<Article> ok ? ok.value() : null;
    }

    static Map<String, List<String>> groups(Map<String, String> eventOf) {
        Map<String, List<String>> g = new TreeMap<>();
        new TreeMap<>(eventOf).forEach((a, e) -> g.computeIfAbsent(e, k -> new ArrayList<>()).add(a));
        return g;
    }

    /** B-cubed and pairwise precision/recall/F1 of system clusters against gold labels, over articles. */
    static void report(String name, Map<String, String> gold, Map<String, String> system) {
        double p = 0;
        double r = 0;
        long tp = 0;
        long sysPairs = 0;
        long goldPairs = 0;
        List<String> ids = new ArrayList<>(gold.keySet());
        ids.retainAll(system.keySet());
        Map<String, List<String>> bySys = new HashMap<>();
        Map<String, List<String>> byGold = new HashMap<>();
        for (String id : ids) {
            bySys.computeIfAbsent(system.get(id), k -> new ArrayList<>()).add(id);
            byGold.computeIfAbsent(gold.get(id), k -> new ArrayList<>()).add(id);
        }
        for (String id : ids) {
            List<String> s = bySys.get(system.get(id));
            List<String> g = byGold.get(gold.get(id));
            long both = s.stream().filter(x -> gold.get(x).equals(gold.get(id))).count();
            p += (double) both / s.size();
            r += (double) both / g.size();
            tp += both - 1;
            sysPairs += s.size() - 1;
            goldPairs += g.size() - 1;
        }
        p /= ids.size();
        r /= ids.size();
        double pp = sysPairs == 0 ? 1 : (double) tp / sysPairs;
        double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        System.out.printf("%-22s B3 P=%.3f R=%.3f F1=%.3f | pairwise P=%.3f R=%.3f F1=%.3f | clusters=%d%n", name, p, r,
                2 * p * r / (p + r), pp, pr, pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr), bySys.size());
    }

    static void ecb(Path conll, TextEmbedder embedder) throws IOException {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, Integer> lastSentence = new HashMap<>();
        for (String line : Files.readAllLines(conll)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 4) {
                continue;
            }
            StringBuilder sb = texts.computeIfAbsent(f[0], k -> new StringBuilder());
            int sentence = Integer.parseInt(f[1]);
            Integer last = lastSentence.put(f[0], sentence);
            if (last != null && last != sentence) {
                sb.append('\n');
            } else if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(f[3]);
        }
        List<Doc> docs = new ArrayList<>();
        texts.forEach((id, sb) -> {
            String[] parts = id.split("/");
            String title = sb.toString().lines().findFirst().orElse("");
            docs.add(new Doc(id, sb.toString(), title, null, null, parts[1], parts[0]));
        });
        Run run = run(docs, embedder, ClusterSettings.DEFAULTS);
        Map<String, String> sub = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        docs.forEach(d -> {
            sub.put(d.id(), d.gold());
            topic.put(d.id(), d.topic());
        });
        System.out.println("ECB+ test docs " + docs.size());
        report("events vs sub-topics", sub, run.clustering.eventOfArticle());
        Map<String, String> storyOf = new HashMap<>();
        run.clustering.eventOfArticle().forEach((a, e) -> storyOf.put(a, run.clustering.storyOfEvent().get(e)));
        report("stories vs topics", topic, storyOf);
        report("events vs topics", topic, run.clustering.eventOfArticle());
        report("minhash-only vs sub", sub, minhashOnly(run));
        if (embedder != TextEmbedder.NONE) {
            report("embedding-only@0.6 sub", sub, run(docs, embedder,
                    ClusterSettings.DEFAULTS.withWeights(0, 1, 0.000001).withLinkThresholds(0.6, 0.6)).clustering.eventOfArticle());
        }
    }

    static void bulk(Path dir, int limit, TextEmbedder embedder) throws IOException {
        Deduplicator dedup = new MinHashDeduplicator();
        SignalEventClusterer clusterer = new SignalEventClusterer(ClusterSettings.DEFAULTS, embedder);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long busy = 0;
        long lastBusy = 0;
        long cpu = 0;
        long lastCpu = 0;
        int count = 0;
        int copies = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null && count < limit; ) {
                        JsonNode n = JSON.readTree(line);
                        String text = n.path("content_original").asText("");
                        if (text.isBlank()) {
                            continue;
                        }
                        LocalDate date = null;
                        String iso = n.path("date_iso").asText("");
                        if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                            date = LocalDate.parse(iso);
                        }
                        Article article = article(new Doc("b" + count, text, n.path("title").asText(null), date,
                                n.path("source").asText(null), null, null));
                        if (article == null) {
                            continue;
                        }
                        long t0 = System.nanoTime();
                        long c0 = threads.getCurrentThreadCpuTime();
                        DuplicateVerdict v = dedup.add(article);
                        clusterer.add(new Processed(AnnotatedArticle.bare(article), v, List.of()));
                        busy += System.nanoTime() - t0;
                        cpu += threads.getCurrentThreadCpuTime() - c0;
                        count++;
                        if (v.isCopy()) {
                            copies++;
                            if (SHOW_COPIES && copies <= 40) {
                                System.out.printf("copy %s -> %s %s %.2f len=%d%n", article.id(), v.duplicateOf(), v.kind(),
                                        v.similarity(), article.text().length());
                            }
                        }
                        if (count % 5000 == 0) {
                            System.out.printf("  %d articles: last 5000 at %.0f art/s wall, %.0f art/s cpu (%.2f ms cpu/article)%n", count,
                                    5000 / ((busy - lastBusy) / 1e9), 5000 / ((cpu - lastCpu) / 1e9), (cpu - lastCpu) / 1e6 / 5000);
                            lastBusy = busy;
                            lastCpu = cpu;
                        }
                    }
                }
            }
        }
        long t0 = System.nanoTime();
        Clustering c = clusterer.snapshot();
        long snapshot = System.nanoTime() - t0;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("bulk n=%d: cpu %.1fs (%.0f art/s, %.2f ms/article); wall %.1fs (%.0f art/s), snapshot %.1fs, copies %d, events %d, stories %d, heap used after gc %d MB%n",
                count, cpu / 1e9, count / (cpu / 1e9), cpu / 1e6 / count, busy / 1e9, count / (busy / 1e9), snapshot / 1e9, copies,
                new HashSet<>(c.eventOfArticle().values()).size(), new HashSet<>(c.storyOfEvent().values()).size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
