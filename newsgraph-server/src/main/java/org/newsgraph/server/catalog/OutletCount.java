package org.newsgraph.server.catalog;

/** An outlet and how many stored articles it published. */
public record OutletCount(String outlet, int articles) {
}
