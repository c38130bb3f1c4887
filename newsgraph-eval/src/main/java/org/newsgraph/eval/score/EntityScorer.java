package org.newsgraph.eval.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.gold.GoldEntity;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.model.Entity;
import org.newsgraph.pipeline.Processed;

/**
 * Entity metrics (corpus-wide, system entities keyed by id). For a gold entity, a system entity's surface forms
 * are the aliases it has in the gold entity's articles. recall: share of gold entities for which some system
 * entity's surface forms include at least one gold alias. alias_recall: share of gold (entity, alias) pairs
 * whose alias is a surface form of the system entity matched to that gold entity (the one sharing the most
 * aliases with it; ties: smaller id). Null when the system found no entity at all.
 */
public final class EntityScorer {
    private EntityScorer() {
    }

    public static EvalReport.Entities score(GoldSet gold, SystemOutput system) {
        boolean any = system.articles().values().stream().anyMatch(p -> !p.annotated().entities().isEmpty());
        if (!any || gold.entities().isEmpty()) {
            return new EvalReport.Entities(null, null);
        }
        int found = 0, aliases = 0, aliasOk = 0;
        for (GoldEntity g : gold.entities()) {
            Map<String, Set<String>> surfaces = surfaces(g, system);
            Set<String> goldAliases = new HashSet<>();
            g.aliases().forEach(a -> goldAliases.add(TextMatch.normalize(a)));
            String best = best(surfaces, goldAliases);
            int bestOverlap = 0;
            if (best != null) {
                Set<String> overlap = new HashSet<>(surfaces.get(best));
                overlap.retainAll(goldAliases);
                bestOverlap = overlap.size();
            }
            if (best != null) {
                found++;
            }
            aliases += goldAliases.size();
            aliasOk += bestOverlap;
        }
        return new EvalReport.Entities((double) found / gold.entities().size(), aliases == 0 ? null : (double) aliasOk / aliases);
    }

    /** System entity id → its normalised surface forms within the gold entity's articles. */
    static Map<String, Set<String>> surfaces(GoldEntity g, SystemOutput system) {
        Map<String, Set<String>> surfaces = new HashMap<>();
        for (String articleId : g.articles()) {
            Processed p = system.articles().get(articleId);
            if (p == null) {
                continue;
            }
            for (Entity e : p.annotated().entities()) {
                Set<String> forms = surfaces.computeIfAbsent(e.id(), k -> new HashSet<>());
                forms.add(TextMatch.normalize(e.canonical()));
                e.aliases().forEach(a -> forms.add(TextMatch.normalize(a)));
            }
        }
        return surfaces;
    }

    /** The system entity sharing the most aliases with the gold ones (ties: smaller id), or null when none shares any. */
    static String best(Map<String, Set<String>> surfaces, Set<String> goldAliases) {
        String best = null;
        int bestOverlap = 0;
        for (var entry : new java.util.TreeMap<>(surfaces).entrySet()) {
            Set<String> overlap = new HashSet<>(entry.getValue());
            overlap.retainAll(goldAliases);
            if (overlap.size() > bestOverlap) {
                best = entry.getKey();
                bestOverlap = overlap.size();
            }
        }
        return best;
    }
}
