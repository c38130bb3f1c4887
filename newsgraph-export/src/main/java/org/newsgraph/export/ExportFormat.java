package org.newsgraph.export;

/**
 * The export formats: {@code json} (an array of events with actors, codes, sources and evidence), {@code jsonl}
 * (the API's event records, one per line), {@code csv} (one row per event), {@code gdelt} (the GDELT 2.0 event
 * table), {@code mentions} (the GDELT 2.0 mentions table) and {@code graphml} (who did what to whom, as a directed
 * graph).
 */
public enum ExportFormat { json, jsonl, csv, gdelt, mentions, graphml }
