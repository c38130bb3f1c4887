package org.newsgraph.eval.score;

import java.time.LocalDate;
import java.util.Objects;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldQuote;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Processed;

/**
 * Extraction metrics. title_accuracy: over articles whose gold labels a title (null included), system title
 * equals gold title (null = null). outlet_accuracy: over articles with a gold outlet, {@link TextMatch#sameOutlet}.
 * published_accuracy: over all gold articles, same day (null = null). invented_published: gold null, system
 * has a date. boilerplate_removed: share of gold boilerplate strings absent from the cleaned text.
 * content_kept: share of gold quote texts present in the cleaned text. An article missing from the system output
 * counts as wrong everywhere.
 */
public final class ExtractionScorer {
    private ExtractionScorer() {
    }

    public static EvalReport.Extraction score(GoldSet gold, SystemOutput system) {
        int titles = 0, titleOk = 0, outlets = 0, outletOk = 0, published = 0, publishedOk = 0, invented = 0;
        int boiler = 0, boilerGone = 0, quotes = 0, quotesKept = 0;
        boolean anyBoilerplateLabels = false;
        for (GoldArticle g : gold.articles()) {
            Processed p = system.articles().get(g.id());
            Article a = p == null ? null : p.article();
            if (g.hasTitle()) {
                titles++;
                if (a != null && TextMatch.same(a.metadata().titleText().orElse(null), g.title())) {
                    titleOk++;
                }
            }
            if (g.outlet() != null) {
                outlets++;
                if (a != null && a.metadata().outletName().isPresent() && TextMatch.sameOutlet(a.metadata().outletName().get(), g.outlet())) {
                    outletOk++;
                }
            }
            published++;
            LocalDate sys = a == null ? null : a.metadata().publishedDate().orElse(null);
            if (a != null && Objects.equals(sys, g.published())) {
                publishedOk++;
            }
            if (g.published() == null && sys != null) {
                invented++;
            }
            if (g.boilerplate() != null) {
                anyBoilerplateLabels = true;
                for (String b : g.boilerplate()) {
                    boiler++;
                    if (a != null && !TextMatch.contains(a.text(), b)) {
                        boilerGone++;
                    }
                }
            }
        }
        for (GoldQuote q : gold.quotes()) {
            quotes++;
            Processed p = system.articles().get(q.article());
            if (p != null && TextMatch.contains(p.article().text(), q.text())) {
                quotesKept++;
            }
        }
        return new EvalReport.Extraction(ratio(titleOk, titles), ratio(outletOk, outlets), ratio(publishedOk, published), invented,
                anyBoilerplateLabels ? ratio(boilerGone, boiler) : null, ratio(quotesKept, quotes));
    }

    static Double ratio(int ok, int total) {
        return total == 0 ? null : (double) ok / total;
    }
}
