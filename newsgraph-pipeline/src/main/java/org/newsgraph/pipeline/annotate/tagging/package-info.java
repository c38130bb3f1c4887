/**
 * Tokens, sentences, part-of-speech tags and coarse named-entity labels for an article text, behind the small
 * {@link org.newsgraph.pipeline.annotate.tagging.NamedEntityTagger} interface: {@code CoreNlpTagger} wraps Stanford
 * CoreNLP (statistical NER), {@code RegexTagger} is a model-free tokenizer and sentence splitter used where the
 * models are not wanted. Every offset is a span into the text that was tagged.
 */
package org.newsgraph.pipeline.annotate.tagging;
