/**
 * The engine every face calls (the command line, the MCP server, later the web studio): typed
 * requests in, typed results out, no printing and no exit codes. {@link dev.archforge.engine.Engine}
 * is the entry point; it is immutable and safe to share between threads.
 */
@NullMarked
package dev.archforge.engine;

import org.jspecify.annotations.NullMarked;
