package org.newsgraph.eval.suite;

/** What a set may be used for (see {@code shared/data/SETS.md}): fit on train, choose on dev, report on test. */
public enum Role {
    TRAIN, DEV, TEST;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
