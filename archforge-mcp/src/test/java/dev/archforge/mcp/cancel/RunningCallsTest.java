package dev.archforge.mcp.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Request ids compare as JSON-RPC compares them, and no id a client can write breaks the registry. */
class RunningCallsTest {
    private final RunningCalls calls = new RunningCalls();

    @Test
    void numbersEqualInValueAreOneIdAndAStringIsAnother() {
        calls.start("s", 1);
        assertThat(calls.cancel("s", "1")).isFalse();
        assertThat(calls.cancel("s", 1.0d)).isTrue();
        assertThat(calls.cancelled("s", new BigDecimal("1.000"))).isTrue();
        assertThat(calls.cancel("other session", 1)).isFalse();
    }

    @Test
    @Timeout(5)
    void hostileNumbersAreIdsLikeAnyOther() {
        Object[] ids = {
            Double.POSITIVE_INFINITY, // what a parser makes of 1e999999999 as a double
            new BigDecimal("1e999999999"), // and as a BigDecimal: never written out in full
            new BigInteger("9".repeat(5_000)),
            -0.0d
        };
        for (Object id : ids) {
            Call call = calls.start("s", id);
            assertThat(calls.cancel("s", id)).as(String.valueOf(id)).isTrue();
            calls.end("s", id, call);
        }
        assertThat(calls.size()).isZero();
    }
}
