package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderWorkersTest {
    @Test
    void resultsReachTheConsumerInSubmissionOrderWhateverOrderTheWorkersFinishIn() {
        List<Integer> seen = new ArrayList<>();
        try (InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(4, 8, i -> {
            sleep(ThreadLocalRandom.current().nextInt(3));
            return i * 10;
        }, done -> seen.add(done.result()))) {
            for (int i = 0; i < 200; i++) {
                workers.submit(i);
            }
            workers.finish();
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i * 10);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void noMoreThanTheWindowIsInFlightWhileTheConsumerIsSlow() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        int[] most = {0};
        try (InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(3, 5, i -> {
            int ahead = started.incrementAndGet() - consumed.get();
            synchronized (most) {
                most[0] = Math.max(most[0], ahead);
            }
            return i;
        }, done -> {
            sleep(1);
            consumed.incrementAndGet();
        })) {
            for (int i = 0; i < 100; i++) {
                workers.submit(i);
            }
            workers.finish();
        }
        assertThat(consumed.get()).isEqualTo(100);
        assertThat(most[0]).isBetween(1, 5);
    }

    @Test
    void aFailureOfTheStepOnOneItemReachesTheConsumerAsThatItemsFailureAndTheOthersGoOn() {
        List<String> seen = new ArrayList<>();
        try (InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(2, 4, i -> {
            if (i == 3) {
                throw new IllegalArgumentException("bad item");
            }
            return i;
        }, done -> seen.add(done.failure() != null ? "failed " + done.input() + ": " + done.failure().getMessage()
                : "ok " + done.result()))) {
            for (int i = 0; i < 6; i++) {
                workers.submit(i);
            }
            workers.finish();
        }
        assertThat(seen).containsExactly("ok 0", "ok 1", "ok 2", "failed 3: bad item", "ok 4", "ok 5");
    }

    @Test
    void aFailureOfTheConsumerEndsTheRun() {
        try (InOrderWorkers<Integer, Integer> workers = new InOrderWorkers<>(2, 2, i -> i, done -> {
            if (done.result() == 2) {
                throw new IllegalStateException("disk full");
            }
        })) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10; i++) {
                    workers.submit(i);
                }
                workers.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
