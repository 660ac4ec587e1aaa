/** What the server's faces share: the JSON mapper, the version, the per-call limits. */
@NullMarked
package dev.archforge.mcp.support;

import org.jspecify.annotations.NullMarked;
