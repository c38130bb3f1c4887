package org.newsgraph.eval.external;

/**
 * How well one system found quotes and their speakers.
 *
 * @param gold                 gold attributions (direct, indirect and beliefs)
 * @param goldDirect           of those, direct quotations
 * @param system               system quotes
 * @param recall               gold attributions found
 * @param directRecall         gold direct quotations found
 * @param precision            system quotes that overlap some gold content
 * @param attributed           found attributions with a gold source that the system gave some speaker
 * @param speakerAccuracy      found attributions with a gold source whose speaker is right
 * @param directSpeakerAccuracy the same, direct quotations only
 * @param speakerRecall        gold attributions with a source that were found with the right speaker
 */
public record AttributionScores(int gold, int goldDirect, int system, Ratio recall, Ratio directRecall, Ratio precision,
                                Ratio attributed, Ratio speakerAccuracy, Ratio directSpeakerAccuracy, Ratio speakerRecall) {
}
