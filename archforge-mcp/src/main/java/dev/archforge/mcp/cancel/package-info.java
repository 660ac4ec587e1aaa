/**
 * Client cancellation ({@code notifications/cancelled}) for tool calls, over stdio and Streamable HTTP.
 * The MCP SDK (2.2.0) drops that notification and never tells a tool the JSON-RPC id of its call, so
 * each transport is wrapped where it sees the messages: {@link StdioCancellation} around the stdio
 * session, {@link HttpCancellation} in front of the HTTP servlet. Both register each {@code tools/call}
 * in {@link RunningCalls} and hand its {@link Call} to the tool runner through the transport context.
 */
@NullMarked
package dev.archforge.mcp.cancel;

import org.jspecify.annotations.NullMarked;
