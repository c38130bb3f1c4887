package org.newsgraph.eval.external;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.model.Span;

/**
 * Stanford CoreNLP's own quotes as a reference: {@code tokenize, ssplit, pos, lemma, ner, depparse, coref, quote}
 * with quote attribution on (its default) and statistical coreference ({@code coref.algorithm=statistical}; the
 * attribution sieves read the coreference chains and fail without them, even with
 * {@code quote.attribution.useCoref=false}); NER is the default English setup with SUTime and the numeric classifiers
 * off (SUTime's holiday support needs a library the project does not ship). The quote annotator only finds text in
 * quotation marks, so indirect speech can only be missed.
 *
 * <p>Loads its models on construction (seconds). Not thread-safe: use one per thread. Blank text gives an empty
 * list; a failure inside CoreNLP on one text gives an empty list, not an exception.
 */
public final class CoreNlpQuoteAttributor {
    /** The CoreNLP configuration used, for reports. */
    public static final String CONFIGURATION = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote; coref.algorithm=statistical; "
            + "ner.useSUTime=false, ner.applyNumericClassifiers=false";

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteAttributor() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("tokenize.options", "invertible=true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("coref.algorithm", "statistical");
        pipeline = new StanfordCoreNLP(p);
    }

    /** The quotes of {@code text} with the speaker mention CoreNLP chose and its canonical name. */
    public List<SystemQuote> quotes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Annotation document = new Annotation(text);
        try {
            pipeline.annotate(document);
        } catch (RuntimeException e) {
            return List.of();
        }
        List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<SystemQuote> out = new ArrayList<>();
        if (quotes == null || tokens == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            Integer b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (b == null || e == null || b < 0 || e < b || e > text.length()) {
                continue;
            }
            Span speaker = null;
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (mb != null && me != null && mb >= 0 && me >= mb && me < tokens.size()) {
                speaker = new Span(tokens.get(mb).beginPosition(), tokens.get(me).endPosition());
            }
            List<String> names = new ArrayList<>();
            String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (canonical != null && !canonical.isBlank()) {
                names.add(canonical);
            }
            String said = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            if (said != null && !said.isBlank()) {
                names.add(said);
            }
            out.add(new SystemQuote(new Span(b, e), speaker, names));
        }
        return out;
    }
}
