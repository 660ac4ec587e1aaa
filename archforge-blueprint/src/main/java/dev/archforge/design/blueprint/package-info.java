/**
 * The blueprint: an in-memory tree of files (path to content) written by one contributor per
 * artifact, the way Spring Initializr's project contributors work.
 */
@NullMarked
package dev.archforge.design.blueprint;

import org.jspecify.annotations.NullMarked;
