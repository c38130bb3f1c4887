/**
 * The Newsgraph server: {@link org.newsgraph.server.NewsgraphServer} serves the JSON API ({@code api}) and the
 * server-rendered web UI ({@code web}) from one embedded store, on the loopback interface, in one process.
 * {@link org.newsgraph.server.Backend} bundles what they answer from; {@link org.newsgraph.server.ArticleIngest}
 * is how POSTed articles reach the pipeline chosen by the composition root.
 */
package org.newsgraph.server;
