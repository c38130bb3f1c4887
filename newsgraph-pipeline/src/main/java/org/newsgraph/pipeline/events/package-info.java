/**
 * Event coding: event mentions with a PLOVER/CAMEO type, source and target actors, date, place, the evidence
 * sentence and trigger, and a confidence.
 */
package org.newsgraph.pipeline.events;
