package org.newsgraph.pipeline.annotate.time;

/** Which way an unanchored day points from the publication date. News is told in the past unless shown otherwise. */
public enum Tense { PAST, FUTURE }
