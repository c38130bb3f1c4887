package org.newsgraph.model;

/** Coarse entity classes, as in the gold sets. */
public enum EntityType { PERSON, ORG, GPE, LOC, MISC }
