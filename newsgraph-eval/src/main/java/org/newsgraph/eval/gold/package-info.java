/** The gold-set schema of {@code shared/data/devset/README.md} as records, and its loader. */
package org.newsgraph.eval.gold;
