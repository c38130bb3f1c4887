package org.newsgraph.pipeline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * Measurement harness (not a test): runs the standard pipeline over gold-set folders once, then re-clusters the
 * processed articles under variations of the cluster settings and prints B³ per folder, and for the first
 * folder the signals of each gold pair (and of wrong links), so that missed links can be explained. Prints ids
 * and numbers only. Usage: {@code PipelineDiagnostics DIR...} (system property {@code pairs=true} for pairs, {@code sweep=false} for the defaults only).
 */
public final class PipelineDiagnostics {
    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

    record Set(String name, Map<String, String> gold, List<Processed> processed) {
    }

    public static void main(String[] args) throws IOException {
        List<Set> sets = new ArrayList<>();
        for (String arg : args) {
            sets.add(load(Path.of(arg)));
        }
        if (Boolean.getBoolean("pairs")) {
            pairs(sets.getFirst());
        }
        ClusterSettings d = ClusterSettings.DEFAULTS;
        Map<String, ClusterSettings> variants = new LinkedHashMap<>();
        variants.put("defaults", d);
        for (double conflict : Boolean.parseBoolean(System.getProperty("sweep", "true")) ? new double[] {0.2, 0.3, 0.4, 0.6} : new double[0]) {
            for (double place : new double[] {0.05, 0.15}) {
                for (double type : new double[] {0.1, 0.25}) {
                    for (int gap : new int[] {1, 2}) {
                        for (double t : new double[] {0.35, 0.4, 0.45}) {
                            variants.put(String.format("conf=%.1f place=%.2f type=%.2f gap=%d t=%.2f", conflict, place, type, gap, t),
                                    new ClusterSettings(d.lexicalWeight(), d.embeddingWeight(), d.actorWeight(), d.linkThreshold(), t,
                                            gap, d.dayAgreementBonus(), d.maxPublishedGap(), d.publishedSoftGap(), d.publishedPenalty(),
                                            d.placeBonus(), place, d.typeBonus(), type, conflict, d.leadChars(), d.maxPosting(),
                                            d.maxCandidates(), d.supportMargin(), d.minSupport()));
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, ClusterSettings> v : variants.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-50s", v.getKey()));
            for (Set s : sets) {
                SignalEventClusterer clusterer = new SignalEventClusterer(v.getValue(), EMBEDDER);
                s.processed().forEach(clusterer::add);
                Map<String, String> system = clusterer.snapshot().eventOfArticle();
                double[] b3 = bcubed(s.gold(), system);
                line.append(String.format(" | %s P=%.3f R=%.3f F=%.3f", s.name(), b3[0], b3[1], b3[2]));
                if (s.name().equals("seeds")) {
                    line.append(" ").append(groups(system));
                }
            }
            System.out.println(line);
        }
    }

    static Set load(Path dir) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        Map<String, String> goldOf = new HashMap<>();
        for (JsonNode a : gold.get("articles")) {
            goldOf.put(a.get("id").asText(), a.get("event").asText());
        }
        Map<String, String> urls = new HashMap<>();
        Path jsonl = dir.resolve("articles.jsonl");
        if (Files.isRegularFile(jsonl)) {
            for (String line : Files.readAllLines(jsonl)) {
                if (!line.isBlank()) {
                    JsonNode n = new ObjectMapper().readTree(line);
                    urls.put(n.get("id").asText(), n.path("url").asText(null));
                }
            }
        }
        Pipeline pipeline = Pipelines.standard();
        List<Processed> processed = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(dir.resolve("articles"))) {
            files = list.sorted().toList();
        }
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\..*$", "");
            SourceItem item = FileSource.readDocument(f, f.toString().endsWith(".html") ? Format.HTML : Format.TEXT, false,
                    new SourceHints(id, urls.get(id), null, null, null), IngestLimits.DEFAULT);
            if (item instanceof SourceItem.Document doc && pipeline.extract(doc.document()) instanceof Outcome.Ok<org.newsgraph.model.Article> ok) {
                processed.add(pipeline.process(ok.value()));
            }
        }
        return new Set(dir.getFileName().toString(), goldOf, processed);
    }

    static void pairs(Set set) {
        Map<String, String> goldOf = set.gold();
        Clustering clustering;
        SignalEventClusterer c = new SignalEventClusterer(ClusterSettings.DEFAULTS, EMBEDDER);
        set.processed().forEach(c::add);
        clustering = c.snapshot();
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(ClusterSettings.DEFAULTS, vocabulary, EMBEDDER);
        PairScorer scorer = new PairScorer(ClusterSettings.DEFAULTS, vocabulary);
        Map<String, ArticleProfile> profiles = new LinkedHashMap<>();
        for (Processed p : set.processed()) {
            profiles.put(p.article().id(), profiler.profile(p));
        }
        for (ArticleProfile p : profiles.values()) {
            System.out.printf("%s gold=%s sys=%s pub=%s day=%s place=%s type=%s copyOf=%s lead=%s leadPersons=%s persons=%s%n", p.id(),
                    goldOf.get(p.id()), clustering.eventOfArticle().get(p.id()), p.published(), p.eventDay(), p.place(), p.type(), p.copyOf(),
                    p.leadActors(), p.leadPersons(), p.persons());
        }
        List<ArticleProfile> list = new ArrayList<>(profiles.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                ArticleProfile a = list.get(i);
                ArticleProfile b = list.get(j);
                boolean same = goldOf.get(a.id()).equals(goldOf.get(b.id()));
                double score = scorer.score(a, b);
                double threshold = ClusterSettings.DEFAULTS.threshold(a.embedding() != null && b.embedding() != null);
                if (same || score >= threshold - 0.1) {
                    System.out.printf("%s %s-%s %s score=%.3f lex=%.3f act=%.3f emb=%.3f strangers=%s/%s place=%s/%s type=%s/%s%n",
                            same ? "SAME" : "diff", a.id(), b.id(), score >= threshold ? "LINK" : "miss", score, scorer.lexical(a, b),
                            PairScorer.actors(a, b), a.embedding() == null || b.embedding() == null ? -1 : Vectors.dot(a.embedding(), b.embedding()),
                            PairScorer.stranger(a, b), PairScorer.stranger(b, a), a.place(), b.place(), a.type(), b.type());
                }
            }
        }
    }

    static Map<String, List<String>> groups(Map<String, String> eventOf) {
        Map<String, List<String>> g = new TreeMap<>();
        new TreeMap<>(eventOf).forEach((a, e) -> g.computeIfAbsent(e, k -> new ArrayList<>()).add(a));
        return g;
    }

    static double[] bcubed(Map<String, String> gold, Map<String, String> system) {
        double p = 0;
        double r = 0;
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
            long both = s.stream().filter(x -> gold.get(x).equals(gold.get(id))).count();
            p += (double) both / s.size();
            r += (double) both / byGold.get(gold.get(id)).size();
        }
        p /= ids.size();
        r /= ids.size();
        return new double[] {p, r, 2 * p * r / (p + r)};
    }
}
