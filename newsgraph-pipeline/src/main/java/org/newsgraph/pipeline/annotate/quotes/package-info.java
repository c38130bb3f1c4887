/**
 * Quotations and their speakers. {@link org.newsgraph.pipeline.annotate.quotes.QuotationMarks} finds the words
 * between marks of any style (including quotations that lost a mark and paragraphs of long quotations);
 * {@link org.newsgraph.pipeline.annotate.quotes.PatternQuoteExtractor} attributes them through the reporting cue
 * next to them, resolving the speaker to an entity through the mentions of the entity layer, and adds reported
 * speech; {@link org.newsgraph.pipeline.annotate.quotes.QuoteKey} normalises quotation text so that the same words
 * can be matched across outlets. Cue verbs and speaker nouns are data files next to the classes.
 */
package org.newsgraph.pipeline.annotate.quotes;
