package dev.archforge.openapi.model;

/**
 * How a piece of the document is used.
 *
 * @param operations how many operations reach it, directly or through other components
 * @param inRequest reached from a request body
 * @param inResponse reached from a response
 * @param shared true when the node sits in a reusable component rather than inline in an operation
 */
public record Usage(int operations, boolean inRequest, boolean inResponse, boolean shared) {}
