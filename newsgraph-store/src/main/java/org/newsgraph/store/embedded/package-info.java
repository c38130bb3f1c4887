/**
 * The embedded default: one data folder holding an H2 database ({@code db/}, schema by Flyway migrations) and a
 * Lucene index ({@code index/}). One process at a time may open a folder.
 */
package org.newsgraph.store.embedded;
