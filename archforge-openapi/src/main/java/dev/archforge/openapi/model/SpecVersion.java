package dev.archforge.openapi.model;

/** What kind of API description a document is. */
public enum SpecVersion {
    SWAGGER_2("Swagger 2.0"),
    OPENAPI_3_0("OpenAPI 3.0"),
    OPENAPI_3_1("OpenAPI 3.1"),
    ENDPOINT_LIST("endpoint list");

    private final String title;

    SpecVersion(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isOpenApi3() {
        return this == OPENAPI_3_0 || this == OPENAPI_3_1;
    }
}
