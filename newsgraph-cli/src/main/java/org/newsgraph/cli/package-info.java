/**
 * The {@code newsgraph} command: one picocli class per sub-command, and {@link org.newsgraph.cli.Composition},
 * the one place where the stages, store and scorers are wired together. Exit codes: 0 success, 1 failure of
 * Newsgraph or its environment, 2 usage error, 3 finished but some inputs were skipped.
 */
package org.newsgraph.cli;
