package dev.archforge.mcp.tools;

import dev.archforge.design.init.Fact;
import dev.archforge.design.init.InitResult;
import dev.archforge.design.init.Prompter;
import dev.archforge.design.plan.Question;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code draft_requirements}: a brief in, the requirements document, the facts read from it, the
 * assumptions and the open questions out. The question loop runs through the assistant: it asks the
 * user the open questions and calls again with {@code answers}; an answer the engine refuses comes back
 * with the reason, and that question stays open.
 */
final class DraftTool implements ArchforgeTool {
    private static final Tool DESCRIPTOR = Descriptors.load("draft_requirements", true);

    @Override
    public Tool descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CallToolResult call(ToolCall call) {
        String brief = call.args().required("brief");
        AnswersPrompter answers = new AnswersPrompter(call.args().stringMap("answers"));
        InitResult r = call.engine().draft(brief, answers);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("yaml", r.yaml());
        out.put("domain", r.domain());
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Fact f : r.facts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("value", f.shown());
            m.put("source", f.source());
            f.warning().ifPresent(w -> m.put("warning", w));
            facts.add(m);
        }
        out.put("facts", facts);
        out.put("assumed", r.assumed());
        out.put("openQuestions", questions(r.openQuestions()));
        out.put("rejectedAnswers", answers.rejected);
        out.put("risks", r.risks());
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(text(r, answers.rejected)).build()))
                .structuredContent(out)
                .build();
    }

    static List<Map<String, Object>> questions(List<Question> questions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", q.key());
            m.put("text", q.text());
            m.put("assumed", q.assumed());
            m.put("affects", q.affects());
            out.add(m);
        }
        return out;
    }

    private static String text(InitResult r, List<Map<String, Object>> rejected) {
        StringBuilder b = new StringBuilder();
        b.append("Drafted requirements (domain: ")
                .append(r.domain())
                .append(", ")
                .append(r.assumed().size())
                .append(" assumed values).");
        for (Map<String, Object> x : rejected) {
            b.append("\nNot accepted: ")
                    .append(x.get("key"))
                    .append(" = '")
                    .append(x.get("answer"))
                    .append("': ")
                    .append(x.get("reason"));
        }
        if (!r.openQuestions().isEmpty()) {
            b.append("\nAsk the user these questions (each changes decisions); call again with their answers"
                    + " in 'answers', keyed as shown:");
            for (Question q : r.openQuestions()) {
                b.append("\n- ")
                        .append(q.key())
                        .append(": ")
                        .append(q.text())
                        .append(" (assumed: ")
                        .append(q.assumed())
                        .append("; affects ")
                        .append(String.join(", ", q.affects()))
                        .append(')');
            }
        }
        b.append("\nThen pass 'yaml' to the design tool.\n\n").append(r.yaml());
        return b.toString();
    }

    /** Answers each question once from the client's answers; a refused answer is recorded, not asked again. */
    private static final class AnswersPrompter implements Prompter {
        private final Map<String, String> answers;
        private final Set<String> asked = new HashSet<>();
        final List<Map<String, Object>> rejected = new ArrayList<>();

        AnswersPrompter(Map<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public Optional<String> ask(Question question) {
            if (!asked.add(question.key())) {
                return Optional.empty();
            }
            return Optional.ofNullable(answers.get(question.key()));
        }

        @Override
        public void rejected(Question question, String answer, String reason) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", question.key());
            m.put("answer", answer);
            m.put("reason", reason);
            rejected.add(m);
        }
    }
}
