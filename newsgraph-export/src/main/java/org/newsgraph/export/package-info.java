/**
 * Exports: {@link org.newsgraph.export.EventExporter} gathers each event with its actors (canonical entity,
 * country, roles), CAMEO code, sources and evidence sentences; one {@link org.newsgraph.export.ExportWriter} per
 * format writes them (JSON, CSV, GDELT-2.0-like TSV, GraphML actor network for Gephi).
 */
package org.newsgraph.export;
