/**
 * Sources: read files, directories, JSON lines and standard input into {@link org.newsgraph.model.RawDocument}s.
 * A source never throws on bad input; it reports a {@link org.newsgraph.model.Problem} and goes on.
 */
package org.newsgraph.pipeline.ingest;
