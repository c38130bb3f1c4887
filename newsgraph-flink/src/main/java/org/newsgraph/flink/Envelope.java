package org.newsgraph.flink;

/**
 * One input record on its way through the job (a Flink POJO: public fields, a no-argument constructor). The
 * sequence number is the record's place in the input, assigned right after the source and checkpointed with it, so
 * that the single stateful task can put the records back in input order after the parallel stages.
 */
public class Envelope {
    /** What the payload is. */
    public enum Kind { RAW, ANNOTATED, SKIPPED }

    public long seq;
    public String location;
    public Kind kind;
    /** RAW: the JSON line; ANNOTATED: {@link Annotated} as JSON; SKIPPED: the problem's code. */
    public String payload;
    /** SKIPPED: the problem's message. */
    public String message;
    /** When the record entered Kafka (milliseconds since the epoch), for end-to-end latency. */
    public long enteredMillis;
    /** When the job's source read the record, for the latency through the job. */
    public long readMillis;

    public Envelope() {
    }

    Envelope(long seq, String location, Kind kind, String payload, String message, long enteredMillis) {
        this.seq = seq;
        this.location = location;
        this.kind = kind;
        this.payload = payload;
        this.message = message;
        this.enteredMillis = enteredMillis;
    }

    Envelope with(Kind kind, String payload, String message) {
        Envelope e = new Envelope(seq, location, kind, payload, message, enteredMillis);
        e.readMillis = readMillis;
        return e;
    }
}
