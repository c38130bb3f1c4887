package org.newsgraph.flink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.cluster.EventClusterer;
import org.newsgraph.pipeline.dedup.Deduplicator;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EventBuilder;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.server.PostgresStore;
import org.newsgraph.store.server.ServerStoreSettings;

/**
 * The stateful stages on one task (one key): records are put back in input order by their sequence number, then
 * copy detection and event clustering run as in {@code newsgraph ingest}, each new article is stored (idempotently)
 * and the events are rebuilt every {@code eventsEvery} new articles, every {@code eventsIntervalMillis} and at the
 * end of a bounded input. Everything needed to rebuild the stages lives in keyed Flink state (RocksDB in the job):
 * the next sequence number, records that came early, and every accepted article; after a restore the stages are
 * rebuilt from it before the first record, so the replayed records meet exactly the state they met before.
 * Emits each accepted article as an envelope whose payload is the article as JSON (for the search index).
 */
final class StatefulStages extends KeyedProcessFunction<Integer, Envelope, Envelope> {
    private static final long serialVersionUID = 1L;
    private static final long END_OF_INPUT = Long.MAX_VALUE - 1;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int eventsEvery;
    private final long eventsIntervalMillis;

    private transient ValueState<Long> next;
    private transient MapState<Long, Envelope> early;
    private transient ListState<String> accepted;

    private transient PostgresStore store;
    private transient EventBuilder events;
    private transient Deduplicator deduplicator;
    private transient EventClusterer clusterer;
    private transient List<Processed> known;
    private transient Set<String> ids;
    private transient Set<String> urls;
    private transient Map<String, Boolean> fingerprintWithoutUrl;
    private transient boolean rebuilt;
    private transient boolean timerSet;
    private transient int newSinceEvents;

    StatefulStages(ServerStoreSettings store, int eventsEvery, long eventsIntervalMillis) {
        this.jdbcUrl = store.jdbcUrl();
        this.user = store.user();
        this.password = store.password();
        this.eventsEvery = Math.max(1, eventsEvery);
        this.eventsIntervalMillis = Math.max(100, eventsIntervalMillis);
    }

    @Override
    public void open(OpenContext context) {
        next = getRuntimeContext().getState(new ValueStateDescriptor<>("next-seq", Long.class));
        early = getRuntimeContext().getMapState(new MapStateDescriptor<>("early", TypeInformation.of(Long.class), TypeInformation.of(Envelope.class)));
        accepted = getRuntimeContext().getListState(new ListStateDescriptor<>("accepted", String.class));
        store = PostgresStore.open(new ServerStoreSettings(jdbcUrl, user, password, 2));
        events = Stages.events();
        deduplicator = Stages.deduplicator();
        clusterer = Stages.clusterer();
        known = new ArrayList<>();
        ids = new HashSet<>();
        urls = new HashSet<>();
        fingerprintWithoutUrl = new HashMap<>();
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    public void processElement(Envelope in, Context ctx, Collector<Envelope> out) throws Exception {
        rebuildOnce();
        if (!timerSet) {
            ctx.timerService().registerEventTimeTimer(END_OF_INPUT);
            ctx.timerService().registerProcessingTimeTimer(ctx.timerService().currentProcessingTime() + eventsIntervalMillis);
            timerSet = true;
        }
        long expected = next.value() == null ? 0 : next.value();
        if (in.seq < expected) {
            return; // handled before a restore; the source replays it
        }
        early.put(in.seq, in);
        while (early.contains(expected)) {
            Envelope e = early.get(expected);
            early.remove(expected);
            handle(e, out);
            expected++;
        }
        next.update(expected);
    }

    private void rebuildOnce() throws Exception {
        if (rebuilt) {
            return;
        }
        for (String json : accepted.get()) {
            Processed p = Json.read(json, Processed.class);
            deduplicator.add(p.article());
            clusterer.add(p);
            remember(p);
        }
        rebuilt = true;
    }

    private void handle(Envelope e, Collector<Envelope> out) throws Exception {
        if (e.kind == Envelope.Kind.SKIPPED) {
            store.recordProblem(new Problem(e.payload, e.message, e.location));
            return;
        }
        Annotated a = Json.read(e.payload, Annotated.class);
        Article article = a.annotated().article();
        if (isKnown(article.url(), article.fingerprint())) {
            return; // the same article again (a re-sent document): never stored twice
        }
        AnnotatedArticle annotated = a.annotated();
        if (ids.contains(article.id())) {
            article = renamed(article);
            AnnotatedArticle x = annotated;
            annotated = new AnnotatedArticle(article, x.sentences(), x.mentions(), x.entities(), x.quotes(), x.timexes(), x.problems());
        }
        DuplicateVerdict verdict = deduplicator.add(article);
        Processed processed = new Processed(annotated, verdict, a.events());
        clusterer.add(processed);
        remember(processed);
        accepted.add(Json.write(processed));
        if (store.add(processed) == ArticleStore.AddResult.ADDED) {
            List<Problem> notes = new ArrayList<>(a.notes());
            notes.addAll(annotated.problems());
            notes.forEach(store::recordProblem);
        }
        out.collect(e.with(Envelope.Kind.ANNOTATED, Json.write(article), null));
        if (++newSinceEvents >= eventsEvery) {
            writeEvents();
        }
    }

    /** As the embedded store decides: the same URL, or the same text where one side has no URL. */
    private boolean isKnown(String url, String fingerprint) {
        if (url != null && urls.contains(url)) {
            return true;
        }
        Boolean withoutUrl = fingerprintWithoutUrl.get(fingerprint);
        return withoutUrl != null && (url == null || withoutUrl);
    }

    private void remember(Processed p) {
        Article a = p.article();
        known.add(p);
        ids.add(a.id());
        if (a.url() != null) {
            urls.add(a.url());
        }
        fingerprintWithoutUrl.merge(a.fingerprint(), a.url() == null, Boolean::logicalOr);
    }

    /** A different article under an id already taken: kept under the id plus the start of its fingerprint. */
    private static Article renamed(Article a) {
        return new Article(a.id() + "-" + a.fingerprint().substring(0, 8), a.location(), a.url(), a.original(), a.text(),
                a.metadata(), a.removed(), a.fingerprint());
    }

    private void writeEvents() {
        store.replaceEvents(events.build(clusterer.snapshot(), known));
        newSinceEvents = 0;
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Envelope> out) throws Exception {
        rebuildOnce();
        if (timestamp == END_OF_INPUT) {
            writeEvents();
            return;
        }
        if (newSinceEvents > 0) {
            writeEvents();
        }
        ctx.timerService().registerProcessingTimeTimer(ctx.timerService().currentProcessingTime() + eventsIntervalMillis);
    }
}
