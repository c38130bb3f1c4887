/**
 * Reproducible external benchmarks, one class per benchmark with a reader for its format: TempEval-3 platinum
 * (time expressions, side by side with SUTime), PolNeAR (quote attribution, side by side with CoreNLP's quote
 * annotator), CoNLL-2003 test (names, side by side with the raw CoreNLP CRF), the PLOVER gold records and the
 * PETRARCH2 validation records (event coding), and the throughput of the language layer. Readers turn malformed
 * input into an {@link org.newsgraph.model.Outcome.Failed}; benchmarks return plain result records that print as a
 * table or as JSON ({@code newsgraph eval-external NAME}).
 */
package org.newsgraph.eval.external;
