package org.newsgraph.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * {@code newsgraph publish}: reads files and folders as {@code newsgraph ingest} does (JSON lines, HTML, text, WARC,
 * gzip) and sends each document to a Kafka topic as one JSON line in the shape the ingest reads ({@code id},
 * {@code url}, {@code title}, {@code published}, {@code outlet}, and {@code html} or {@code text}). The producer is
 * idempotent and waits for every record to be acknowledged; an input that cannot be read is reported and skipped.
 */
public final class Publisher {
    /** What a publish did. */
    public record Report(int sent, List<Problem> skipped) {
        public Report {
            skipped = List.copyOf(skipped);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Publisher() {
    }

    public static Report publish(List<Path> inputs, String bootstrap, String topic, Consumer<Problem> onSkip) {
        return publish(inputs, bootstrap, topic, Integer.MAX_VALUE, onSkip);
    }

    /** Sends at most {@code limit} documents (the first ones read). */
    public static Report publish(List<Path> inputs, String bootstrap, String topic, int limit, Consumer<Problem> onSkip) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        java.util.ArrayList<Problem> skipped = new java.util.ArrayList<>();
        int[] sent = {0};
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            java.util.ArrayList<java.util.concurrent.Future<?>> pending = new java.util.ArrayList<>();
            new FileSource(inputs, IngestLimits.DEFAULT).read(item -> {
                switch (item) {
                    case SourceItem.Skipped s -> {
                        skipped.add(s.problem());
                        onSkip.accept(s.problem());
                    }
                    case SourceItem.Document d when sent[0] >= limit -> {
                        // past the limit: read on (sources cannot stop early), send nothing
                    }
                    case SourceItem.Document d -> {
                        pending.add(producer.send(new ProducerRecord<>(topic, line(d.document()).getBytes(StandardCharsets.UTF_8))));
                        sent[0]++;
                        if (pending.size() >= 1000) {
                            await(pending);
                        }
                    }
                }
            });
            await(pending);
            producer.flush();
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot publish to Kafka at " + bootstrap + ": " + e.getMessage(), e);
        }
        return new Report(sent[0], skipped);
    }

    private static void await(List<java.util.concurrent.Future<?>> pending) {
        try {
            for (java.util.concurrent.Future<?> f : pending) {
                f.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not take a document: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
        pending.clear();
    }

    /** One document as the JSON line the ingest (and the job) reads back into the same document. */
    static String line(RawDocument d) {
        ObjectNode o = JSON.createObjectNode();
        SourceHints h = d.hints() == null ? SourceHints.NONE : d.hints();
        putIfSet(o, "id", h.id());
        putIfSet(o, "url", h.url());
        putIfSet(o, "title", h.title());
        putIfSet(o, "published", h.published() == null ? null : h.published().toString());
        putIfSet(o, "outlet", h.outlet());
        Charset cs = StandardCharsets.UTF_8;
        if (d.charset() != null && Charset.isSupported(d.charset())) {
            cs = Charset.forName(d.charset());
        }
        o.put(d.format() == Format.HTML ? "html" : "text", new String(d.bytes(), cs));
        return o.toString();
    }

    private static void putIfSet(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
