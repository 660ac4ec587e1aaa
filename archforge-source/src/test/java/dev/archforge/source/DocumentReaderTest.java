package dev.archforge.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.model.InvalidInputException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader(Limits.DEFAULT);

    private Document parse(String text) {
        return reader.parse("doc", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(ThrowingRunnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.describe();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    interface ThrowingRunnable {
        void run();
    }

    @Test
    void yamlNodesKnowTheirKeyAndValuePositions() {
        Document doc = parse("openapi: 3.1.0\npaths:\n  /pets/{id}:\n    get:\n      summary: x\n");
        ObjectNode root = doc.root().asObject().orElseThrow();
        Node get = root.object("paths")
                .flatMap(p -> p.object("/pets/{id}"))
                .flatMap(p -> p.get("get"))
                .orElseThrow();
        assertThat(get.keyLocation().line()).isEqualTo(4);
        assertThat(get.keyLocation().column()).isEqualTo(5);
        assertThat(get.location().line()).isEqualTo(5);
        assertThat(get.pointer()).isEqualTo("/paths/~1pets~1{id}/get");
        assertThat(doc.format()).isEqualTo(Document.Format.YAML);
    }

    @Test
    void jsonNodesKnowTheirPositions() {
        Document doc = parse("{\n  \"a\": {\n    \"b\": [1, \"x\", true, null]\n  }\n}");
        ObjectNode a = doc.root().asObject().flatMap(r -> r.object("a")).orElseThrow();
        Node b = a.get("b").orElseThrow();
        assertThat(b.keyLocation().line()).isEqualTo(3);
        assertThat(b.keyLocation().column()).isEqualTo(5);
        ArrayNode list = b.asArray().orElseThrow();
        assertThat(list.items()).extracting(Node::typeName).containsExactly("number", "string", "boolean", "null");
        assertThat(list.items().get(1).pointer()).isEqualTo("/a/b/1");
        assertThat(doc.format()).isEqualTo(Document.Format.JSON);
    }

    @Test
    void yamlScalarsResolveLikeYaml12CoreSchema() {
        ObjectNode root = parse("a: 1\nb: '1'\nc: true\nd: ~\ne: 1.5e3\nf: yes\ng: \"200\"\n200: ok\n")
                .root()
                .asObject()
                .orElseThrow();
        assertThat(root.get("a").orElseThrow().typeName()).isEqualTo("number");
        assertThat(root.get("b").orElseThrow().typeName()).isEqualTo("string");
        assertThat(root.get("c").orElseThrow().typeName()).isEqualTo("boolean");
        assertThat(root.get("d").orElseThrow().typeName()).isEqualTo("null");
        assertThat(root.get("e").orElseThrow().typeName()).isEqualTo("number");
        assertThat(root.get("f").orElseThrow().typeName()).isEqualTo("string");
        assertThat(root.has("200")).isTrue();
    }

    @Test
    void duplicateKeysAreRecordedAndTheFirstIsKept() {
        Document doc = parse("a: 1\nb: 2\na: 3\n");
        assertThat(doc.duplicateKeys()).hasSize(1);
        assertThat(doc.duplicateKeys().get(0).toString()).isEqualTo("doc:3:1");
        assertThat(doc.root().asObject().flatMap(o -> o.scalarText("a"))).contains("1");
    }

    @Test
    void mergeKeysAndAliasesAreExpanded() {
        ObjectNode root = parse("base: &b {x: 1, y: 2}\nthing:\n  <<: *b\n  y: 3\ncopy: *b\n")
                .root()
                .asObject()
                .orElseThrow();
        ObjectNode thing = root.object("thing").orElseThrow();
        assertThat(thing.members().keySet()).containsExactly("y", "x");
        assertThat(thing.scalarText("y")).contains("3");
        assertThat(root.object("copy").flatMap(c -> c.scalarText("x"))).contains("1");
        assertThat(root.object("copy").orElseThrow().pointer()).isEqualTo("/copy");
    }

    @Test
    void yamlSyntaxErrorSaysWhereAndWhat() {
        assertThat(describe(() -> parse("a: 1\nb: [1, 2\nc: 3\n")))
                .startsWith("doc:3:")
                .contains("invalid YAML");
        assertThat(describe(() -> parse("a: 1\n  b: 2\n"))).startsWith("doc:2:").contains("invalid YAML");
    }

    @Test
    void jsonSyntaxErrorSaysWhereAndWhat() {
        assertThat(describe(() -> parse("{\n  \"a\": 1,\n  \"b\": ]\n}"))).startsWith("doc:3:8: invalid JSON");
        assertThat(describe(() -> parse("{\"a\": 1} {\"b\": 2}"))).contains("expected end of input");
        assertThat(describe(() -> parse("{\"a\": 1"))).contains("invalid JSON");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThat(describe(() -> parse(""))).isEqualTo("doc:1:1: the file is empty, expected a JSON or YAML document");
        assertThat(describe(() -> parse("  \n\t\n"))).contains("the file is empty");
        assertThat(describe(() -> parse("# only a comment\n"))).contains("holds no YAML value");
    }

    @Test
    void binaryAndNonUtf8FilesAreRefused() {
        assertThat(describe(() -> reader.parse("img.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})))
                .isEqualTo("img.png:1:1: binary file, expected UTF-8 text (JSON or YAML)");
        assertThat(describe(() -> reader.parse("latin1.yaml", new byte[] {'a', ':', ' ', (byte) 0xE9})))
                .contains("not valid UTF-8");
    }

    @Test
    @Timeout(30)
    void aYamlAliasBombFailsFastWithBoundedMemory() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        assertThat(describe(() -> parse(bomb.toString()))).contains("alias").contains("more than");
    }

    @Test
    @Timeout(30)
    void nestingTenThousandDeepIsRefusedWithoutAStackOverflow() {
        String json = "[".repeat(10_000) + "]".repeat(10_000);
        // a limit, not a syntax error: the message names it and the option that raises it
        assertThat(describe(() -> parse(json)))
                .isEqualTo("doc:1:1: nesting deeper than 1000 levels (raise the limit with --max-depth)");
        String yaml = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(describe(() -> reader.parse("deep.yaml", ("x: " + yaml).getBytes(StandardCharsets.UTF_8))))
                .contains("nesting deeper than 1000 levels");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            block.append(" ".repeat(i)).append("k:\n");
        }
        assertThatThrownBy(() -> parse(block.toString())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        assertThat(describe(() -> parse("a: 1\n---\nb: 2\n")))
                .startsWith("doc:2:")
                .contains("second one");
    }

    @Test
    void missingFilesAndFoldersAreRefused(@TempDir Path dir) {
        assertThat(describe(() -> reader.read(dir.resolve("nope.yaml"), "nope.yaml")))
                .isEqualTo("nope.yaml:1:1: no such file");
        assertThat(describe(() -> reader.read(dir, "dir"))).contains("is a directory");
    }

    @Test
    @Timeout(10)
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertThat(describe(() -> reader.read(huge, "huge.json")))
                .isEqualTo("huge.json:1:1: file is 200 MB, over the limit of 64 MB (raise it with --max-file-size)");
        Files.delete(huge);
    }

    @Test
    @Timeout(10)
    void devicesAndFifosAreRefusedUnread(@TempDir Path dir) throws Exception {
        assertThat(describe(() -> reader.read(Path.of("/dev/zero"), "zero")))
                .isEqualTo("zero:1:1: " + FileProblems.NOT_REGULAR);
        Path fifo = dir.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        // reading a FIFO nobody writes to would block forever
        assertThat(describe(() -> reader.read(fifo, "pipe.yaml")))
                .isEqualTo("pipe.yaml:1:1: " + FileProblems.NOT_REGULAR);
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        byte[] bytes = "openapi: 3.0.3\ninfo:\n  title: caf\u0000\n".getBytes(StandardCharsets.ISO_8859_1);
        bytes[bytes.length - 2] = (byte) 0xE9; // Latin-1 'é' where the NUL stood
        assertThat(describe(() -> reader.parse("latin1.yaml", bytes)))
                .isEqualTo("latin1.yaml:3:13: not valid UTF-8 text, expected JSON or YAML");
    }

    @Test
    void jsonColumnsCountCharactersNotUtf8Bytes() {
        Node accented = parse("{\"t\": \"\u00e9\u00e9\u00e9\", \"k\": [1]}")
                .root()
                .asObject()
                .orElseThrow()
                .get("k")
                .orElseThrow();
        Node plain = parse("{\"t\": \"eee\", \"k\": [1]}")
                .root()
                .asObject()
                .orElseThrow()
                .get("k")
                .orElseThrow();
        // {"t": "ééé", "k": [1]}: the key "k" starts at character 14, byte 17
        assertThat(accented.keyLocation().column()).isEqualTo(14);
        assertThat(accented.location()).isEqualTo(plain.location());
    }

    @Test
    void jsonErrorsCarryNoParserInternals() {
        String message = describe(() -> parse("{\"a\": [1, 2"));
        assertThat(message).doesNotContain("REDACTED").doesNotContain("Source").doesNotContain("`");
        assertThat(message).startsWith("doc:1:").contains("invalid JSON: Unexpected end-of-input");
        assertThat(describe(() -> parse("{\"a\": 1 // note\n}"))).contains("(JSON has no comments)");
        String longNumber = "{\"a\": " + "9".repeat(5_000) + "}";
        assertThat(parse(longNumber).root().asObject().orElseThrow().has("a")).isTrue();
    }

    @Test
    void yamlErrorsNameWhatTheFileHoldsNotTokenNames() {
        String message = describe(() -> parse("a: 1\n  b: 2\nc:\n - x\n  - y\n"));
        assertThat(message).doesNotContain("<").doesNotContain(">");
        assertThat(YamlReader.plain("expected <block end>, but found '<block mapping start>'"))
                .isEqualTo(
                        "expected the end of an indented block, but found a new mapping key (check the indentation)");
    }

    @Test
    void aJsonDocumentOverTheValueLimitIsNotBlamedOnYamlAliases() {
        DocumentReader small = new DocumentReader(new Limits(1 << 20, 100, 10, 10, 10));
        assertThat(describe(
                        () -> small.parse("big.json", "[1,2,3,4,5,6,7,8,9,10,11,12]".getBytes(StandardCharsets.UTF_8))))
                .endsWith(": the document holds more than 10 values (raise the limit with --max-values)");
    }

    @Test
    @Timeout(60)
    void aSixMegabyteYamlLineIsReadWhole() {
        // was quadratic in snakeyaml's buffer refills (38 s for 8 MB); linear now, measured in BENCHMARKS.md
        String blob = "QUFB".repeat(1_500_000);
        Document doc = parse("openapi: 3.0.3\nexample: " + blob + "\n");
        assertThat(doc.root().asObject().orElseThrow().text("example")).hasValue(blob);
    }
}
