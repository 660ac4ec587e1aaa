/** Security and the OWASP API Security Top 10 (2023). */
@NullMarked
package dev.archforge.openapi.rules.security;

import org.jspecify.annotations.NullMarked;
