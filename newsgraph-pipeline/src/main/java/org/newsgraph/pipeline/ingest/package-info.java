/**
 * Sources: read files, directories, JSON lines, RSS/Atom feeds, WARC web archives and standard input into
 * {@link org.newsgraph.model.RawDocument}s, with the metadata a source states ({@link org.newsgraph.model.SourceHints}).
 * A source never throws on bad input; it reports a {@link org.newsgraph.model.Problem} and goes on.
 */
package org.newsgraph.pipeline.ingest;
