package org.newsgraph.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Numbers the records in the order the source hands them on, right after the source (same parallelism, one task):
 * the counter is checkpointed with the source's offsets, so after a restore the replayed records get the same
 * numbers they had before.
 */
final class Sequencer extends RichMapFunction<Envelope, Envelope> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private transient ListState<Long> saved;
    private transient long next;

    @Override
    public void open(OpenContext context) {
        // the counter is restored in initializeState
    }

    @Override
    public Envelope map(Envelope raw) {
        raw.seq = next++;
        return raw;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        saved.update(List.of(next));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        saved = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next-seq", Long.class));
        next = 0;
        for (Long n : saved.get()) {
            next = Math.max(next, n);
        }
    }
}
