/**
 * Time expressions: find them and normalize them against the article's publication date. Without a
 * publication date a weekday stays unresolved; nothing is ever resolved against today.
 */
package org.newsgraph.pipeline.annotate.time;
