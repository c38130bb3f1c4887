/**
 * Exports: {@link org.newsgraph.export.EventExporter} gathers each event with its source and target, actors
 * (canonical entity, country, roles), CAMEO code, sources and evidence sentences; one
 * {@link org.newsgraph.export.ExportWriter} per format writes them: JSON, JSON lines of the API's event records, CSV
 * (the one schema of the command line and the web), the GDELT 2.0 event and mentions tables, and GraphML (directed
 * source → target edges, one per event). Coordinates come from a {@link org.newsgraph.export.PlaceLocator}. The tables
 * shipped here ({@code goldstein.tsv}, {@code actor-roles.tsv}) name their sources in their header comments.
 */
package org.newsgraph.export;
