/** Documentation quality: ids, summaries, tags, info. */
@NullMarked
package dev.archforge.openapi.rules.documentation;

import org.jspecify.annotations.NullMarked;
