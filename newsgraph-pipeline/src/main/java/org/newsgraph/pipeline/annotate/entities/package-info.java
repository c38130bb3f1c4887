/**
 * Entity mentions and canonical entities: names from the knowledge tables (countries with demonyms, capitals as
 * the government or as the place, major organisations with acronyms and aliases; outlets are left out), names
 * from the statistical tagger and their repetitions, acronyms, people grouped by transliteration-proof name keys,
 * role descriptions and organisation descriptions bound to the entity the article binds them to, and pronouns.
 * {@link org.newsgraph.pipeline.annotate.entities.NewsEntityRecognizer} is the entry point; ids are derived from
 * the names themselves ({@code gpe:NOR}, {@code org:interpol}, {@code person:...}, {@code name:...}), so the
 * same entity gets the same id in every article without any shared state. The tables are resources next to this
 * package: {@code countries.tsv}, {@code organisations.tsv}, {@code outlets.txt}, {@code titles.txt},
 * {@code bodies.txt}, {@code organisation-nouns.txt}, {@code organs.tsv}, {@code ruler-nouns.txt},
 * {@code common-acronyms.txt}. Organs of known organisations ({@link org.newsgraph.pipeline.annotate.entities.OrganFinder})
 * and a country's junta ({@link org.newsgraph.pipeline.annotate.entities.RulerDescriptions}) are entities of their
 * own, keyed by the organisation or country they belong to.
 */
package org.newsgraph.pipeline.annotate.entities;
