package dev.archforge.design.init;

import dev.archforge.design.decision.DecisionRules;
import dev.archforge.design.init.knowledge.Audience;
import dev.archforge.design.plan.Question;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One question the catalog can ask: the setting it decides, its wording, how the answer is read, and when it is worth asking at all.
 *
 * @param text the question for an audience ("How many devices ...")
 * @param applies whether the question matters for this audience and these values
 */
record Ask(
        Setting setting,
        Function<Audience, String> text,
        Answers.Reader reader,
        BiPredicate<Audience, Map<Setting, Resolved>> applies) {
    Ask(Setting setting, Function<Audience, String> text, Answers.Reader reader) {
        this(setting, text, reader, (audience, values) -> true);
    }

    /** The question as shown, with the value the draft assumes until it is answered. */
    Question question(Audience audience, Map<Setting, Resolved> values) {
        Object assumed = Resolved.of(values, setting).value();
        if (setting == Setting.HOSTING && assumed.equals("cloud")) {
            Object cloud = Resolved.of(values, Setting.CLOUD).value();
            assumed = cloud.equals("any") ? "cloud" : cloud;
        }
        return new Question(
                setting.key(), text.apply(audience), Values.show(assumed), DecisionRules.affectedBy(setting.key()));
    }
}
