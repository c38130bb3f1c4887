package org.newsgraph.pipeline.annotate.time;

/**
 * Which way an unanchored day points from the publication date. News is told in the past unless shown otherwise;
 * {@link #PRESENT} ("the offer expires Dec. 15") takes whichever side is nearer, leaning to the past.
 */
public enum Tense { PAST, PRESENT, FUTURE }
