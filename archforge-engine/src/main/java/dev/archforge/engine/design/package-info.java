/** The draft ({@code init}) and design services, and writing a blueprint into a folder. */
@NullMarked
package dev.archforge.engine.design;

import org.jspecify.annotations.NullMarked;
