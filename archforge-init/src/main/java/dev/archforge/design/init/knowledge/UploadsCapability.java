package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Files users upload: metadata in the database, bytes in object storage. */
final class UploadsCapability {
    private UploadsCapability() {}

    static Capability capability() {
        return new Capability(
                "uploads",
                List.of("upload", "file", "photo", "image", "picture", "video", "attachment", "avatar"),
                Parts.none()
                        .features(Feature.UPLOADS)
                        .entities(EntitySpec.named("Attachment")
                                .description("A file a user uploaded; the bytes live in object storage.")
                                .owner("@user")
                                .growth(2)
                                .fields(
                                        "file_name: string(255) required",
                                        "content_type: string(100) required",
                                        "size_bytes: long required",
                                        "storage_key: string(255) required unique")
                                .relations("belongs-to User as @user"))
                        .patterns(PatternSpec.of("upload-file", "@user", CREATE, "Attachment", 1))
                        .risks("Uploads need size and type limits, a malware scan, and storage outside the"
                                + " database with short-lived signed URLs."));
    }
}
