/**
 * Corpus-wide entity resolution: turns the article-local entity ids of the language layer into corpus ids, so
 * that "Blinken" in one article and "Antony Blinken" in another, or "ECOWAS" and "Economic Community of West
 * African States", are one entity across the stream. The resolver is online and stateful: it reads articles in
 * arrival order against a registry of the entities seen so far.
 */
package org.newsgraph.pipeline.resolve;
