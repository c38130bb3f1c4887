/**
 * The processing stages, one package per stage, in data-flow order: {@code ingest} (sources to raw documents),
 * {@code extract} (raw documents to articles), {@code dedup} (copies and syndication), {@code annotate} (the
 * language layer), {@code events} (event coding) and {@code cluster} (events and storylines).
 * {@link org.newsgraph.pipeline.Pipeline} wires them together.
 */
package org.newsgraph.pipeline;
