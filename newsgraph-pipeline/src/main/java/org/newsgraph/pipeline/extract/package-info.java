/**
 * Extraction: bytes in, {@link org.newsgraph.model.Article} out. {@link org.newsgraph.pipeline.extract.TextDecoder}
 * decodes (BOM, declared, {@code <meta>}, UTF-8, ICU sniffing); {@link org.newsgraph.pipeline.extract.HtmlReader}
 * turns a page into visible text blocks, weighs each block's {@link org.newsgraph.pipeline.extract.BlockFeatures}
 * with the fitted block model ({@link org.newsgraph.pipeline.extract.LinearModel#blocks()}) to mark those outside
 * the main content, and reads what the markup states ({@link org.newsgraph.pipeline.extract.PageFactsReader}, with
 * {@link org.newsgraph.pipeline.extract.PageDateReader} and {@link org.newsgraph.pipeline.extract.HeadlineReader});
 * {@link
 * org.newsgraph.pipeline.extract.BoilerplateRemover} runs the {@link org.newsgraph.pipeline.extract.BoilerplateRule}s
 * (one class per kind of furniture, vocabularies in data files next to this package) over a {@link
 * org.newsgraph.pipeline.extract.Draft} whose removals stay spans into the original (plain text also gets the fitted
 * line model, {@link org.newsgraph.pipeline.extract.LearnedLineRule}); {@link
 * org.newsgraph.pipeline.extract.TextAssembler} builds the cleaned text; the finders read title, outlet, dateline
 * and publication day from the {@link org.newsgraph.pipeline.extract.Evidence}, each value with the rule and the
 * characters it came from. Nothing is guessed: no evidence, no value. {@link
 * org.newsgraph.pipeline.extract.NewsExtractor} wires the steps together.
 */
package org.newsgraph.pipeline.extract;
