/**
 * Deployment artifacts: the Dockerfile, a docker-compose file for local development with the chosen
 * services, Kubernetes manifests when the platform is Kubernetes, and the CI workflow. Structured
 * files are built as maps and lists and written by {@link dev.archforge.design.yaml.YamlWriter}.
 */
@NullMarked
package dev.archforge.design.artifact.deploy;

import org.jspecify.annotations.NullMarked;
