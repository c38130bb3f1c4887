/**
 * Entity mentions and canonical entities: names, acronyms, role descriptions, demonyms and capital-city
 * metonymy, transliteration variants, each linked to a corpus-wide canonical entity id.
 */
package org.newsgraph.pipeline.annotate.entities;
