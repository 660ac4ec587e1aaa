package dev.archforge.mcp.cancel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The head of a message in any member order, read no further than needed, and the body kept whole. */
class JsonRpcHeadTest {
    private static final String LARGE = "\"" + "x".repeat(1_000_000) + "\"";

    private static JsonRpcHead head(String json) throws IOException {
        return JsonRpcHead.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aToolCallWithItsIdFirstIsReadForItsFirstBytesOnly() throws IOException {
        String json = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"arguments\":{\"t\":"
                + LARGE + "}}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        RecordingInputStream in = new RecordingInputStream(new ByteArrayInputStream(bytes), Integer.MAX_VALUE);
        JsonRpcHead head = JsonRpcHead.read(in);
        assertThat(head.isToolCall()).isTrue();
        assertThat(head.id()).contains(7);
        assertThat(in.recorded().length).isLessThan(20_000);
        InputStream replayed = new SequenceInputStream(new ByteArrayInputStream(in.recorded()), in);
        assertThat(replayed.readAllBytes()).isEqualTo(bytes);
    }

    @Test
    void aToolCallWithItsIdAfterItsParametersIsReadThrough() throws IOException {
        // the TypeScript SDK writes {method, params, jsonrpc, id}
        JsonRpcHead head = head("{\"method\":\"tools/call\",\"params\":{\"name\":\"review\",\"id\":1,\"arguments\":"
                + "{\"t\":" + LARGE + "}},\"jsonrpc\":\"2.0\",\"id\":\"abc-3\"}");
        assertThat(head.isToolCall()).isTrue();
        assertThat(head.id()).contains("abc-3");
    }

    @Test
    void aCancellationNamesItsRequestInAnyOrder() throws IOException {
        JsonRpcHead first = head("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":{\"requestId\":12,\"reason\":\"stop\"}}");
        JsonRpcHead last = head("{\"params\":{\"reason\":{\"why\":[1]},\"requestId\":\"r-1\"},"
                + "\"method\":\"notifications/cancelled\",\"jsonrpc\":\"2.0\"}");
        assertThat(first.isCancellation()).isTrue();
        assertThat(first.cancelled()).contains(12);
        assertThat(last.isCancellation()).isTrue();
        assertThat(last.cancelled()).contains("r-1");
    }

    @Test
    void otherMessagesAndNonObjectsAreNeitherCallsNorCancellations() throws IOException {
        for (String json : new String[] {
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"reason\":\"no id\"}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{}}",
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}]",
            "{\"id\": [1], \"method\": \"tools/call\"}",
            "not json",
            ""
        }) {
            JsonRpcHead head = head(json);
            assertThat(head.isToolCall() || head.isCancellation()).as(json).isFalse();
        }
        assertThat(head("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")
                        .method())
                .isEqualTo(Optional.of("tools/list"));
    }

    @Test
    void readingStopsAtTheLimit() {
        RecordingInputStream in = new RecordingInputStream(
                new ByteArrayInputStream(("{\"params\":" + LARGE + ",\"id\":1}").getBytes(StandardCharsets.UTF_8)),
                100_000);
        assertThatThrownBy(() -> JsonRpcHead.read(in))
                .isInstanceOf(IOException.class)
                .hasMessage("more than 100000 bytes read");
    }
}
