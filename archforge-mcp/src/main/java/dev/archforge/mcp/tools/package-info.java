/** The tools: one class per tool, each with its schemas (resources beside it) and its call. */
@NullMarked
package dev.archforge.mcp.tools;

import org.jspecify.annotations.NullMarked;
