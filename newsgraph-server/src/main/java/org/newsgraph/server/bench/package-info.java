/**
 * Benchmarks of the server: {@link org.newsgraph.server.bench.LatencyBench} measures API latency (event list,
 * filtered list, full-text and semantic search) from a loopback client over an existing store.
 */
package org.newsgraph.server.bench;
