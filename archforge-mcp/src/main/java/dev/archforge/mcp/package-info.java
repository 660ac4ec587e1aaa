/**
 * The engine as a Model Context Protocol server: tools (review, rules, draft, design), resources
 * (rule pages, the requirements schema, the example designs) and prompts, over stdio or Streamable
 * HTTP. A face like the CLI: it turns protocol arguments into engine requests and engine results into
 * tool results, and holds no review or design logic of its own.
 */
@NullMarked
package dev.archforge.mcp;

import org.jspecify.annotations.NullMarked;
