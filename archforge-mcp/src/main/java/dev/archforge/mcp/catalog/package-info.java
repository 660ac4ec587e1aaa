/** What the server offers besides tools: resources (rule pages, the requirements schema, example designs) and prompts. */
@NullMarked
package dev.archforge.mcp.catalog;

import org.jspecify.annotations.NullMarked;
