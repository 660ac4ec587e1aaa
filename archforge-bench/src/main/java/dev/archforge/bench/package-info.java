/** JMH benchmarks of parsing and reviewing real API descriptions and SQL, and the split check's entry point. */
@NullMarked
package dev.archforge.bench;

import org.jspecify.annotations.NullMarked;
