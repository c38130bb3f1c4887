/**
 * Online clustering of articles into events and of events into storylines, and the consolidation of each
 * event's fields from its articles.
 */
package org.newsgraph.pipeline.cluster;
