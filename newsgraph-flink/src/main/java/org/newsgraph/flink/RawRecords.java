package org.newsgraph.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A Kafka record's value as one raw JSON line, named by topic, partition and offset. */
final class RawRecords implements KafkaRecordDeserializationSchema<Envelope> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Envelope> out) {
        String line = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        Envelope e = new Envelope(0, "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset(),
                Envelope.Kind.RAW, line, null, record.timestamp());
        e.readMillis = System.currentTimeMillis();
        out.collect(e);
    }

    @Override
    public TypeInformation<Envelope> getProducedType() {
        return TypeInformation.of(Envelope.class);
    }
}
