package org.newsgraph.pipeline.extract;

import java.util.List;
import org.newsgraph.model.Removed;

/**
 * One rule of boilerplate removal: given a draft, the further parts of the original it removes. A rule never
 * throws; when in doubt it keeps the text, since removing content is worse than keeping furniture.
 * Implementations are stateless and thread-safe.
 */
public interface BoilerplateRule {
    List<Removed> find(Draft draft);
}
