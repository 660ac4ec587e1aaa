/**
 * {@code archforge init}: drafts a requirements file ({@code archforge.yaml}) from a one-paragraph brief
 * using the built-in {@link dev.archforge.design.init.knowledge.KnowledgeBase}, then asks only the
 * questions whose answers change a decision. {@link dev.archforge.design.init.BriefDrafter} drafts,
 * {@link dev.archforge.design.init.InitSession} runs the questions through a {@link
 * dev.archforge.design.init.Prompter}.
 */
@NullMarked
package dev.archforge.design.init;

import org.jspecify.annotations.NullMarked;
