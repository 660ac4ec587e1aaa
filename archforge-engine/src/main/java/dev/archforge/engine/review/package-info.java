/**
 * The review service: which inputs are API descriptions and which are SQL, the configuration and
 * its rule selection, the baseline, and the outcome a face turns into an exit code or an error flag.
 */
@NullMarked
package dev.archforge.engine.review;

import org.jspecify.annotations.NullMarked;
