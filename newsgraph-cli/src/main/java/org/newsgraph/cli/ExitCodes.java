package org.newsgraph.cli;

/** Exit statuses by fault. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int SKIPPED_INPUT = 3;

    private ExitCodes() {
    }
}
