/**
 * Quotations and their speakers. {@link org.newsgraph.pipeline.annotate.quotes.QuotationMarks} finds the words
 * between marks of any style (including quotations that lost a mark and paragraphs of long quotations);
 * {@link org.newsgraph.pipeline.annotate.quotes.PatternQuoteExtractor} attributes them through the reporting cue
 * next to them, resolving the speaker to an entity through the mentions of the entity layer, and adds reported
 * speech; {@code BlockQuotations} adds unmarked paragraphs a reporting clause ending in a colon introduces, and
 * {@code ContextSpeakers} gives quotations without a cue the speaker of the statement before them or of their
 * headline; {@link org.newsgraph.pipeline.annotate.quotes.QuoteKey} normalises quotation text so that
 * {@link org.newsgraph.pipeline.annotate.quotes.SharedQuotes} can tell which articles carry the same words. Cue
 * verbs, speaker nouns and the nouns for members of a body are data files next to the classes.
 */
package org.newsgraph.pipeline.annotate.quotes;
