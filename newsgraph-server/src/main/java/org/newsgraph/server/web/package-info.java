/**
 * The web UI: server-rendered HTML pages (home, events, event, source comparison, entities, entity, stories,
 * story, map, search, article) built from the catalog with every data value escaped, the shared page layout,
 * the SVG timeline chart and the offline SVG world map, and the static assets (our stylesheet and graph script,
 * the graph library from its WebJar).
 */
package org.newsgraph.server.web;
