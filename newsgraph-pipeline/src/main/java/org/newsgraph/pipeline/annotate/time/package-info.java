/**
 * Time expressions: {@link org.newsgraph.pipeline.annotate.time.RuleTimeTagger} finds them with the patterns of
 * {@code TimeRules} and normalises them against the article's publication date
 * ({@link org.newsgraph.pipeline.annotate.time.PublicationAnchor}), in the direction the tense around them points
 * ({@link org.newsgraph.pipeline.annotate.time.TenseGuesser}). Without a publication date a weekday or a day of a
 * month stays unresolved; nothing is ever resolved against today. Besides days, months and years the rules find
 * lengths of time ({@code DurationRules}), clock times and parts of days ({@code ClockRules}, joined with the day
 * next to them by {@code ClockJoiner}), and weeks, quarters, seasons, decades, centuries and "now"
 * ({@code PeriodRules}). Month, weekday and number words are a data file.
 */
package org.newsgraph.pipeline.annotate.time;
