package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.store.EventBuilder;
import org.newsgraph.store.ExtractiveHeadlines;
import org.newsgraph.store.FirstArticleIds;
import org.newsgraph.store.Ingestor;
import org.newsgraph.store.embedded.EmbeddedStore;

/** The composition root: which implementation of each stage the command line uses. */
final class Composition {
    private Composition() {
    }

    static Pipeline pipeline() {
        return Pipelines.standard();
    }

    /** The full pipeline and the single-signal baselines it is compared with. */
    enum Variant {
        STANDARD("newsgraph"),
        /** Embedding-threshold clustering only. */
        EMBEDDINGS("embeddings"),
        /** MinHash copies and near-copies only. */
        MINHASH("minhash");

        private final String label;

        Variant(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static Pipeline pipeline(Variant variant) {
        return switch (variant) {
            case STANDARD -> Pipelines.standard();
            case EMBEDDINGS -> Pipelines.embeddingsBaseline();
            case MINHASH -> Pipelines.minHashBaseline();
        };
    }

    /**
     * Events assembled from the clusters, each with an extractive headline, named by their first article (stable
     * across arrival orders).
     */
    static EventBuilder events() {
        EventAssembler assembler = new EventAssembler();
        return FirstArticleIds.around(ExtractiveHeadlines.around(assembler::assemble));
    }

    static Ingestor ingestor(EmbeddedStore store) {
        return new Ingestor(store, pipeline(), events(), 200);
    }

    static EmbeddedStore open(Path data) {
        return EmbeddedStore.open(data);
    }

    /**
     * The server store (PostgreSQL) described by a store settings file (docs/cluster.md); a missing or malformed
     * file is a usage error naming it, an unreachable database a {@link org.newsgraph.store.StoreException}.
     */
    static org.newsgraph.store.server.PostgresStore openServer(Path settings, picocli.CommandLine cli) {
        String text;
        try {
            text = java.nio.file.Files.readString(settings, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new picocli.CommandLine.ParameterException(cli, "cannot read the store settings file " + settings
                    + (java.nio.file.Files.exists(settings) ? "" : " (it does not exist)"));
        }
        var parsed = org.newsgraph.store.server.StoreSettingsParser.parse(text, settings.toString(), System::getenv);
        if (parsed instanceof org.newsgraph.model.Outcome.Failed<org.newsgraph.store.server.ServerStoreSettings> f) {
            throw new picocli.CommandLine.ParameterException(cli, f.problem().message());
        }
        return org.newsgraph.store.server.PostgresStore.open(((org.newsgraph.model.Outcome.Ok<org.newsgraph.store.server.ServerStoreSettings>) parsed).value());
    }

    /** For commands that only read: works while another process writes the folder, and on a read-only disk. */
    static EmbeddedStore openForReading(Path data) {
        return EmbeddedStore.openForReading(data);
    }
}
