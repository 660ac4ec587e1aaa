/**
 * JSON and YAML read into a tree of {@link dev.archforge.source.Node}s that keep their file, line,
 * column and JSON pointer, with limits that keep hostile input bounded.
 */
@NullMarked
package dev.archforge.source;

import org.jspecify.annotations.NullMarked;
