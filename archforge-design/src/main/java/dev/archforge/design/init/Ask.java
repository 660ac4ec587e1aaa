package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.Audience;
import dev.archforge.design.plan.Question;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One question the catalog can ask: the setting it decides, its wording, the decisions its answer
 * changes, how the answer is read, and when it is worth asking at all.
 *
 * @param text the question for an audience ("How many devices ...")
 * @param affects decision ids, from {@link QuestionCatalog#DECISION_IDS}
 * @param applies whether the question matters for this audience and these values
 */
record Ask(
        Setting setting,
        Function<Audience, String> text,
        List<String> affects,
        Answers.Reader reader,
        BiPredicate<Audience, Map<Setting, Resolved>> applies) {
    Ask {
        affects = List.copyOf(affects);
        for (String id : affects) {
            if (!QuestionCatalog.DECISION_IDS.contains(id)) {
                throw new IllegalArgumentException("unknown decision id '" + id + "'");
            }
        }
    }

    Ask(Setting setting, Function<Audience, String> text, List<String> affects, Answers.Reader reader) {
        this(setting, text, affects, reader, (audience, values) -> true);
    }

    /** The question as shown, with the value the draft assumes until it is answered. */
    Question question(Audience audience, Map<Setting, Resolved> values) {
        Object assumed = values.get(setting).value();
        if (setting == Setting.HOSTING && assumed.equals("cloud")) {
            assumed = values.get(Setting.CLOUD).value().equals("any")
                    ? "cloud"
                    : values.get(Setting.CLOUD).value();
        }
        return new Question(setting.key(), text.apply(audience), Values.show(assumed), affects);
    }
}
