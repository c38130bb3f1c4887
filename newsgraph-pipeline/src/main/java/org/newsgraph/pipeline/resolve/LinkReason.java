package org.newsgraph.pipeline.resolve;

/** Why an article-local entity got the corpus id it has. */
public enum LinkReason {
    /** No known entity matched: the local id became a corpus id. */
    NEW,
    /** The local id is already a corpus id (the language layer derives ids from names and knowledge tables). */
    SAME_ID,
    /** A short form (surname, part of a name) of exactly one full name seen before. */
    FULL_NAME,
    /** A full name whose one word alone was seen before, under the id it then got. */
    SHORT_NAME,
    /** The same name, acronym or spelling key as exactly one entity seen before. */
    SAME_NAME
}
