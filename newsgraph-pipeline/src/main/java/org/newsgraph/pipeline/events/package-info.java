/**
 * Event coding: event mentions with a PLOVER/CAMEO type, source and target actors, date, place, the evidence
 * sentence and trigger, and a confidence.
 *
 * <p>{@link org.newsgraph.pipeline.events.PatternEventCoder} is driven by data, not by code: the bundled ontology
 * {@code event-ontology.json} maps trigger patterns ({@code meet}, {@code pay * visit}, {@code =airstrike},
 * {@code martial =law}) to PLOVER categories and CAMEO codes, plus extension types without a CAMEO code
 * (COUP, ELECTION, DISASTER, EARNINGS, RECALL, MERGER) and an IGNORE type for look-alike phrases.
 * {@link org.newsgraph.pipeline.events.OntologyLoader} reads it, rejects unknown keys and malformed entries as
 * {@link org.newsgraph.model.Problem}s, and extends it with a user file of the same shape, which can add types and
 * re-map patterns. {@link org.newsgraph.pipeline.events.EnglishStemmer} matches cue words against inflected text
 * with irregular forms from {@code irregular-forms.txt}.
 */
package org.newsgraph.pipeline.events;
