/** The {@code archforge} command line: parsing arguments, exit codes, writing results. */
@NullMarked
package dev.archforge.cli;

import org.jspecify.annotations.NullMarked;
