/**
 * Extraction: bytes in, {@link org.newsgraph.model.Article} out. {@link org.newsgraph.pipeline.extract.TextDecoder}
 * decodes; {@link org.newsgraph.pipeline.extract.HtmlReader} turns a page into visible text, marks the blocks
 * outside the main content and reads what the markup states; {@link
 * org.newsgraph.pipeline.extract.BoilerplateRemover} runs the {@link org.newsgraph.pipeline.extract.BoilerplateRule}s
 * (one class per kind of furniture, vocabularies in data files next to this package) over a {@link
 * org.newsgraph.pipeline.extract.Draft} whose removals stay spans into the original; {@link
 * org.newsgraph.pipeline.extract.TextAssembler} builds the cleaned text; the finders read title, outlet, dateline
 * and publication day from the {@link org.newsgraph.pipeline.extract.Evidence}, each value with the rule and the
 * characters it came from. Nothing is guessed: no evidence, no value. {@link
 * org.newsgraph.pipeline.extract.NewsExtractor} wires the steps together.
 */
package org.newsgraph.pipeline.extract;
