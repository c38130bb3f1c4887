/**
 * The JSON API under {@code /api/}: read endpoints ({@link org.newsgraph.server.api.ReadApi}), article ingest
 * ({@link org.newsgraph.server.api.IngestApi}), export ({@link org.newsgraph.server.api.ExportApi}), and their
 * shared parts: paging, event filter parsing, search modes, and RFC 9457 problem documents for every error. The
 * OpenAPI description lives next to them as {@code openapi.json}.
 */
package org.newsgraph.server.api;
