package dev.archforge.openapi.load;

/** What the user asked a file to be read as ({@code --as}); AUTO decides from the content. */
public enum InputKind {
    AUTO,
    OPENAPI,
    ENDPOINTS
}
