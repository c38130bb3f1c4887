/**
 * Language detection: {@link org.newsgraph.pipeline.language.LanguageDetector} and its script and function-word
 * implementation, and {@link org.newsgraph.pipeline.language.SupportedLanguages}, which says which languages the
 * later stages handle (English). The pipeline records each article's language in its metadata at extraction.
 */
package org.newsgraph.pipeline.language;
