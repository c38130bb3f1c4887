/**
 * Corpus-wide entity resolution: turns the article-local entity ids of the language layer into corpus ids, so
 * that "Wekesa" in one article and "Amos Wekesa" in another, or "CLS" and "Coastal League of States", are
 * one entity across the stream. The resolver is online and stateful: it reads articles in
 * arrival order against a registry of the entities seen so far.
 */
package org.newsgraph.pipeline.resolve;
