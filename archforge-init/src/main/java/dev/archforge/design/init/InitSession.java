package dev.archforge.design.init;

import dev.archforge.design.plan.Question;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@code archforge init}: drafts the brief, then asks each open question once through the
 * {@link Prompter}, re-drafting after every accepted answer so later questions show defaults that follow
 * from it (and questions that only then matter, such as the number of teams, are asked). An answer that
 * cannot be read is rejected and asked again, at most {@link #ATTEMPTS} times; then the default stays.
 */
public final class InitSession {
    /** How many times a question is asked before its default is kept. */
    public static final int ATTEMPTS = 3;

    private final BriefDrafter drafter;
    private final Prompter prompter;

    public InitSession(Prompter prompter) {
        this(new BriefDrafter(), prompter);
    }

    public InitSession(BriefDrafter drafter, Prompter prompter) {
        this.drafter = drafter;
        this.prompter = prompter;
    }

    /**
     * Drafts {@code brief} and asks its questions.
     *
     * @throws IllegalArgumentException if the brief is blank
     */
    public InitResult run(String brief) {
        Map<String, String> answers = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>();
        Draft draft = drafter.draft(brief, answers);
        Optional<Question> next = next(draft, asked);
        while (next.isPresent()) {
            Question question = next.get();
            asked.add(question.key());
            Optional<String> answer = answer(question);
            if (answer.isPresent()) {
                answers.put(question.key(), answer.get());
                draft = drafter.draft(brief, answers);
            }
            next = next(draft, asked);
        }
        return new InitResult(
                draft.yaml(),
                draft.questions(),
                draft.assumptions(),
                draft.domain(),
                draft.risks(),
                draft.facts(),
                draft.assumed());
    }

    private Optional<String> answer(Question question) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<String> answer = prompter.ask(question).map(String::strip).filter(a -> !a.isEmpty());
            if (answer.isEmpty()) {
                return answer;
            }
            Optional<String> problem = BriefDrafter.problem(question.key(), answer.get());
            if (problem.isEmpty()) {
                return answer;
            }
            prompter.rejected(question, answer.get(), problem.get());
        }
        return Optional.empty();
    }

    private static Optional<Question> next(Draft draft, Set<String> asked) {
        List<Question> open = draft.questions();
        return open.stream()
                .filter(q -> !asked.contains(q.key())
                        && QuestionCatalog.forKey(q.key()).isPresent())
                .findFirst();
    }
}
