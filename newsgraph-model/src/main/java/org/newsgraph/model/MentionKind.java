package org.newsgraph.model;

/** How an entity is referred to at one place in the text. */
public enum MentionKind { NAME, ACRONYM, NOMINAL, PRONOUN, DEMONYM, METONYM }
