package org.newsgraph.store;

import java.util.Objects;

/**
 * A saved search (an alert): its events are published as an Atom feed at {@code /feeds/NAME.atom}, and its new events
 * are POSTed to its webhook when it has one.
 *
 * @param name  letters, digits, {@code -} and {@code _}, 1 to 100 characters
 * @param query the event filters as a URL query string, exactly as {@code /api/events} takes them
 *              (e.g. {@code q=ceasefire&type=CONSULT&minSources=2})
 * @param webhook an absolute http(s) URL new matching events are POSTed to, or null for none
 */
public record SavedSearch(String name, String query, String webhook) {
    public static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,100}";

    /** A saved search without a webhook. */
    public SavedSearch(String name, String query) {
        this(name, query, null);
    }

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("an alert name is 1 to 100 letters, digits, - or _, got '" + name + "'");
        }
        if (query.length() > 4000) {
            throw new IllegalArgumentException("an alert's query is longer than 4000 characters");
        }
        if (webhook != null) {
            java.net.URI u;
            try {
                u = new java.net.URI(webhook);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("the webhook '" + webhook + "' is not a URL");
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new IllegalArgumentException("the webhook '" + webhook + "' is not an http or https URL");
            }
            if (webhook.length() > 2000) {
                throw new IllegalArgumentException("the webhook URL is longer than 2000 characters");
            }
        }
    }
}
