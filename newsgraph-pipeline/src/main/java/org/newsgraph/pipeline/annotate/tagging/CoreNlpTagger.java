package org.newsgraph.pipeline.annotate.tagging;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.model.Span;

/**
 * Stanford CoreNLP {@code tokenize, ssplit, pos, lemma, ner} with the CoNLL four-class CRF model (PERSON,
 * ORGANIZATION, LOCATION, MISC); fine-grained NER, numeric classifiers and SUTime are off. The models are loaded
 * once per JVM, on first use, and shared by every instance.
 *
 * <p>Thread-safe: the shared CoreNLP pipeline is used read-only and these annotators may annotate documents in
 * parallel. Empty or blank text gives {@link TaggedText#EMPTY}; characters the tokenizer cannot handle are
 * dropped from the tokens, never from the offsets; a text CoreNLP fails on is split by {@link RegexTagger} instead
 * (no part-of-speech or entity labels), so a caller never sees an exception.
 */
public final class CoreNlpTagger implements NamedEntityTagger {

    private static final RegexTagger FALLBACK = new RegexTagger();

    private static final class Models {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());

        private static Properties properties() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.buildEntityMentions", "false");
            return p;
        }
    }

    @Override
    public TaggedText tag(String text) {
        if (text == null || text.isBlank()) {
            return TaggedText.EMPTY;
        }
        Annotation document = new Annotation(text);
        try {
            Models.PIPELINE.annotate(document);
        } catch (RuntimeException e) {
            // CoreNLP gave up on this text: keep sentences and tokens, without part of speech or entity labels
            return FALLBACK.tag(text);
        }
        List<Span> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int index = sentences.size();
            int start = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            if (start < 0 || end > text.length() || end < start) {
                continue;
            }
            sentences.add(new Span(start, end));
            for (CoreLabel label : labels) {
                int b = label.beginPosition();
                int e = label.endPosition();
                if (b < 0 || e > text.length() || e <= b) {
                    continue;
                }
                tokens.add(new Token(new Span(b, e), text.substring(b, e), label.tag(), label.ner(), index));
            }
        }
        return new TaggedText(sentences, tokens);
    }
}
