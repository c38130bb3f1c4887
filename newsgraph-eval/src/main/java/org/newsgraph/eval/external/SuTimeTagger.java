package org.newsgraph.eval.external;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.model.Span;

/**
 * Stanford SUTime as a reference: CoreNLP {@code tokenize, ssplit, pos, lemma} followed by SUTime's
 * {@link TimeAnnotator} with its default rules, anchored to the document date. One exception to the defaults:
 * holiday names are not resolved ({@code sutime.binders=0}), because that needs the JollyDay library, which the
 * project does not ship.
 *
 * <p>Loads its models on construction (seconds). Not thread-safe: use one per thread. Blank text gives an empty
 * list; a failure inside CoreNLP on one text gives an empty list, not an exception.
 */
public final class SuTimeTagger {
    private final StanfordCoreNLP pipeline;

    public SuTimeTagger() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.options", "invertible=true");
        pipeline = new StanfordCoreNLP(p);
        Properties time = new Properties();
        time.setProperty("sutime.binders", "0");
        pipeline.addAnnotator(new TimeAnnotator("sutime", time));
    }

    /** The expressions of {@code text} with TIMEX3 type and value; {@code created} may be {@code null}. */
    public List<GoldTimex> tag(String text, LocalDate created) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Annotation document = new Annotation(text);
        if (created != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, created.toString());
        }
        try {
            pipeline.annotate(document);
        } catch (RuntimeException e) {
            return List.of();
        }
        List<CoreMap> found = document.get(TimeAnnotations.TimexAnnotations.class);
        List<GoldTimex> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        for (CoreMap m : found) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            Integer b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (t == null || b == null || e == null || b < 0 || e < b || e > text.length()) {
                continue;
            }
            String value = t.value() != null ? t.value() : t.altVal();
            out.add(new GoldTimex(new Span(b, e), t.timexType(), value));
        }
        return out;
    }
}
