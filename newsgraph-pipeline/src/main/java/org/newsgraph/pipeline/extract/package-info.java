/**
 * Extraction: decode bytes, clean the text, remove boilerplate and read metadata (title, outlet, dateline,
 * publication date), each value with the rule that found it. Nothing is guessed: no evidence, no value.
 */
package org.newsgraph.pipeline.extract;
