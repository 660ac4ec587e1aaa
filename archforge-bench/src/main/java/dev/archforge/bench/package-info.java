/** JMH benchmarks of parsing and reviewing real API descriptions. */
@NullMarked
package dev.archforge.bench;

import org.jspecify.annotations.NullMarked;
