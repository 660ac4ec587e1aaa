package dev.archforge.design.artifact.deploy;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;

/**
 * Writes {@code deploy/Dockerfile}: a multi-stage build (Maven with JDK 21, then a JRE 21 runtime)
 * that runs as a numeric non-root user, works on a read-only root file system (only {@code /tmp} is
 * written), and reports health on the readiness endpoint. A Dockerfile has no data model worth
 * building, so this one is text.
 */
public final class DockerfileContributor implements Contributor {
    public static final String PATH = "deploy/Dockerfile";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, dockerfile(design));
    }

    static String dockerfile(Design design) {
        boolean perComponent = Deployables.perComponent(design);
        int java = AppRuntime.JAVA_VERSION;
        int uid = AppRuntime.UID;
        String module = perComponent ? "${SERVICE}/" : "";
        StringBuilder out = new StringBuilder(1024);
        out.append("# syntax=docker/dockerfile:1\n");
        out.append("# Image of ").append(design.requirements().system().name());
        out.append(perComponent ? "; one per service: --build-arg SERVICE=<component>" : "")
                .append(".\n");
        out.append("# Build from the repository root: docker build -f deploy/Dockerfile .\n\n");
        out.append("FROM maven:3.9-eclipse-temurin-").append(java).append(" AS build\n");
        if (perComponent) {
            out.append("ARG SERVICE\n");
        }
        out.append("WORKDIR /src\n");
        out.append("COPY . .\n");
        out.append("RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests ");
        out.append(perComponent ? "-pl \"${SERVICE}\" -am " : "").append("package \\\n");
        out.append(" && cp ").append(module).append("target/*.jar /src/app.jar\n\n");
        out.append("FROM eclipse-temurin:").append(java).append("-jre\n");
        out.append("RUN groupadd --system --gid ").append(uid).append(" app \\\n");
        out.append(" && useradd --system --uid ")
                .append(uid)
                .append(" --gid app --no-create-home")
                .append(" --shell /usr/sbin/nologin app\n");
        out.append("WORKDIR /app\n");
        out.append("COPY --from=build /src/app.jar /app/app.jar\n");
        out.append("USER ").append(uid).append(':').append(uid).append('\n');
        out.append("ENV JAVA_TOOL_OPTIONS=\"-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError")
                .append(" -Djava.io.tmpdir=/tmp\"\n");
        out.append("EXPOSE ").append(AppRuntime.PORT).append('\n');
        out.append("HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \\\n");
        out.append("  CMD curl -fsS http://localhost:")
                .append(AppRuntime.PORT)
                .append(AppRuntime.READINESS_PATH)
                .append(" || exit 1\n");
        out.append("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]\n");
        return out.toString();
    }
}
