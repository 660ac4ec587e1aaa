/** Values shared by every part of Archforge: findings, locations, severities, rule metadata, errors. */
@NullMarked
package dev.archforge.model;

import org.jspecify.annotations.NullMarked;
