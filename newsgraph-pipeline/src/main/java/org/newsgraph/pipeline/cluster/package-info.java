/**
 * Online clustering of articles into events and of events into storylines, and the consolidation of each
 * event's fields from its articles. {@link org.newsgraph.pipeline.cluster.SignalEventClusterer} profiles each
 * article (content words, actors, dates, place, type, an optional {@link org.newsgraph.pipeline.cluster.TextEmbedder}
 * vector), finds candidates through an inverted index, scores pairs with
 * {@link org.newsgraph.pipeline.cluster.ClusterSettings} and joins events under date constraints;
 * {@link org.newsgraph.pipeline.cluster.StoryLinker} links events sharing main actors;
 * {@link org.newsgraph.pipeline.cluster.EventAssembler} builds the {@link org.newsgraph.model.Event} records.
 */
package org.newsgraph.pipeline.cluster;
