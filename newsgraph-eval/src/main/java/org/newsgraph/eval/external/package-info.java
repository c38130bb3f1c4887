/**
 * Reproducible external benchmarks, one class per benchmark with a reader for its format: TempEval-3 platinum
 * (time expressions, side by side with SUTime), PolNeAR (quote attribution, side by side with CoreNLP's quote
 * annotator), CoNLL-2003 test (names, side by side with the raw CoreNLP CRF), the PLOVER gold records and the
 * PETRARCH2 validation records (event coding), the throughput of the language layer, and main-text, title and
 * date extraction from HTML pages ({@link org.newsgraph.eval.external.ExtractionBenchmark}: trafilatura's evaluation
 * set and the Zyte benchmark, side by side with an all-body-text baseline). {@link
 * org.newsgraph.eval.external.BlockModelFit} and {@link org.newsgraph.eval.external.LineModelFit} fit the
 * extraction models bundled with the pipeline. Readers turn malformed
 * input into an {@link org.newsgraph.model.Outcome.Failed}; benchmarks return plain result records that print as a
 * table or as JSON ({@code newsgraph eval-external NAME}).
 */
package org.newsgraph.eval.external;
