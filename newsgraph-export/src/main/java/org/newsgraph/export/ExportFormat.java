package org.newsgraph.export;

/** The export formats. */
public enum ExportFormat { json, csv, gdelt, graphml }
