/** A small deterministic YAML writer for generated files: ordered maps, lists, scalars and comments. */
@NullMarked
package dev.archforge.design.yaml;

import org.jspecify.annotations.NullMarked;
