/**
 * Time expressions: {@link org.newsgraph.pipeline.annotate.time.RuleTimeTagger} finds them with the patterns of
 * {@code TimeRules} and normalises them against the article's publication date
 * ({@link org.newsgraph.pipeline.annotate.time.PublicationAnchor}), in the direction the tense around them points
 * ({@link org.newsgraph.pipeline.annotate.time.TenseGuesser}). Without a publication date a weekday or a day of a
 * month stays unresolved; nothing is ever resolved against today. Month, weekday and number words are a data file.
 */
package org.newsgraph.pipeline.annotate.time;
