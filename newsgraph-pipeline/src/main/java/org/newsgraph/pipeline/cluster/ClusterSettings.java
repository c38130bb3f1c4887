package org.newsgraph.pipeline.cluster;

/**
 * Weights and thresholds of {@link SignalEventClusterer}, bound once at start-up.
 *
 * @param lexicalWeight       weight of the TF-IDF cosine of title and body
 * @param embeddingWeight     weight of the embedding cosine of title and lead (used when both articles have one)
 * @param actorWeight         weight of the overlap of the actors named in title and lead
 * @param linkThreshold       combined score from which two articles report the same event (without embeddings)
 * @param embeddingLinkThreshold the same when both articles have embeddings (cosines of one topic run high, so
 *                            the mean of the signals sits higher)
 * @param maxEventDayGap      two resolved event days further apart than this many days never share an event
 * @param dayAgreementBonus   added when both event days are known and compatible
 * @param maxPublishedGap     two publication dates further apart than this never share an event
 * @param publishedSoftGap    publication dates further apart than this lower the score
 * @param publishedPenalty    what the soft gap costs
 * @param placeBonus          added when both places are known and equal
 * @param placePenalty        subtracted when both places are known and differ
 * @param typeBonus           added when both event types are known and equal
 * @param typePenalty         subtracted when both event types are known and differ
 * @param actorConflictPenalty subtracted when each article leads with a person the other never names
 * @param leadChars           characters of body text that count as the lead
 * @param maxPosting          an index key held by more articles than this no longer finds candidates
 * @param maxCandidates       articles scored per new article (those sharing most index keys)
 * @param supportMargin       how far below the link threshold a score may fall and still support joining an event
 * @param minSupport          an article joins an event through links this far below the threshold when it has
 *                            them to at least this many members of the event that do not copy one another
 *                            (several near misses with one event corroborate each other)
 */
public record ClusterSettings(double lexicalWeight, double embeddingWeight, double actorWeight, double linkThreshold,
                              double embeddingLinkThreshold,
                              int maxEventDayGap, double dayAgreementBonus, int maxPublishedGap, int publishedSoftGap,
                              double publishedPenalty, double placeBonus, double placePenalty, double typeBonus,
                              double typePenalty, double actorConflictPenalty, int leadChars, int maxPosting,
                              int maxCandidates, double supportMargin, int minSupport) {
    /** Defaults chosen on the development set with the full language layer (entities, times, coded events). */
    public static final ClusterSettings DEFAULTS = new ClusterSettings(
            0.6, 0.5, 0.4, 0.30, 0.40,
            2, 0.1, 4, 2, 0.1,
            0.05, 0.15, 0.05, 0.25, 0.6,
            1000, 200, 40, 0.05, 2);

    /** The cosine from which {@link #embeddingsOnly} links two articles by default. */
    public static final double EMBEDDINGS_ONLY_THRESHOLD = 0.75;

    /**
     * Settings that link articles by embedding cosine alone (a baseline): no bonuses or penalties, no person veto;
     * the date constraints stay, since nothing is known of dates without a language layer beyond publication.
     * Without embeddings nothing but copies is linked.
     */
    public static ClusterSettings embeddingsOnly(double threshold) {
        return new ClusterSettings(0, 1, 1e-9, Double.POSITIVE_INFINITY, threshold,
                DEFAULTS.maxEventDayGap(), 0, DEFAULTS.maxPublishedGap(), DEFAULTS.publishedSoftGap(), 0,
                0, 0, 0, 0, 0, DEFAULTS.leadChars(), DEFAULTS.maxPosting(), DEFAULTS.maxCandidates(), 0, Integer.MAX_VALUE);
    }

    /** Rejects impossible settings: a configuration error, reported at start-up. */
    public ClusterSettings {
        if (lexicalWeight < 0 || embeddingWeight < 0 || actorWeight < 0 || lexicalWeight + actorWeight <= 0) {
            throw new IllegalArgumentException("weights must be non-negative and lexical + actor weight positive");
        }
        if (maxEventDayGap < 0 || maxPublishedGap < 0 || publishedSoftGap < 0) {
            throw new IllegalArgumentException("day gaps must be non-negative");
        }
        if (leadChars < 1 || maxPosting < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("leadChars, maxPosting and maxCandidates must be positive");
        }
        if (supportMargin < 0 || minSupport < 2) {
            throw new IllegalArgumentException("supportMargin must be non-negative and minSupport at least 2");
        }
    }

    /** The threshold for a pair, by whether both articles carry embeddings. */
    public double threshold(boolean embedded) {
        return embedded ? embeddingLinkThreshold : linkThreshold;
    }

    public ClusterSettings withLinkThresholds(double threshold, double embeddingThreshold) {
        return new ClusterSettings(lexicalWeight, embeddingWeight, actorWeight, threshold, embeddingThreshold, maxEventDayGap,
                dayAgreementBonus, maxPublishedGap, publishedSoftGap, publishedPenalty, placeBonus, placePenalty,
                typeBonus, typePenalty, actorConflictPenalty, leadChars, maxPosting, maxCandidates, supportMargin, minSupport);
    }

    public ClusterSettings withWeights(double lexical, double embedding, double actor) {
        return new ClusterSettings(lexical, embedding, actor, linkThreshold, embeddingLinkThreshold, maxEventDayGap,
                dayAgreementBonus, maxPublishedGap, publishedSoftGap, publishedPenalty, placeBonus, placePenalty,
                typeBonus, typePenalty, actorConflictPenalty, leadChars, maxPosting, maxCandidates, supportMargin, minSupport);
    }

    public ClusterSettings withSupport(double margin, int support) {
        return new ClusterSettings(lexicalWeight, embeddingWeight, actorWeight, linkThreshold, embeddingLinkThreshold,
                maxEventDayGap, dayAgreementBonus, maxPublishedGap, publishedSoftGap, publishedPenalty, placeBonus,
                placePenalty, typeBonus, typePenalty, actorConflictPenalty, leadChars, maxPosting, maxCandidates, margin,
                support);
    }
}
