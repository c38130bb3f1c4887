/**
 * Live operation ({@code newsgraph watch}): {@link org.newsgraph.store.watch.WatchSettings} bound from the config
 * file by {@link org.newsgraph.store.watch.WatchSettingsParser} (unknown keys rejected),
 * {@link org.newsgraph.store.watch.FeedFetcher} (conditional GET, per-host politeness, robots.txt via
 * {@link org.newsgraph.store.watch.RobotsRules}, retries with back-off), and
 * {@link org.newsgraph.store.watch.Watcher}, one polling round over feeds and folders, resumable through
 * {@link org.newsgraph.store.watch.WatchState}.
 */
package org.newsgraph.store.watch;
