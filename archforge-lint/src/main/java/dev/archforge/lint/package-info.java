/**
 * The lint engine shared by every review: rule metadata ({@link dev.archforge.lint.RuleInfo}),
 * configuration files, rule options, suppression, baselines and the loop that runs rules.
 */
@NullMarked
package dev.archforge.lint;

import org.jspecify.annotations.NullMarked;
