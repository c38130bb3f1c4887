/**
 * The store contracts on server engines: {@link org.newsgraph.store.server.PostgresStore} keeps articles and events
 * in PostgreSQL for a cluster of writers and readers, configured by {@link org.newsgraph.store.server.StoreSettingsParser}.
 */
package org.newsgraph.store.server;
