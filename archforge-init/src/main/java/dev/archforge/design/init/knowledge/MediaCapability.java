package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.READ;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Large files delivered to many readers: media assets processed after upload and served by a CDN. */
final class MediaCapability {
    private MediaCapability() {}

    static Capability capability() {
        return new Capability(
                "media",
                List.of(
                        "streaming",
                        "stream video",
                        "video streaming",
                        "videos",
                        "transcode",
                        "transcoding",
                        "podcast",
                        "audio",
                        "music",
                        "media library",
                        "cdn",
                        "hls"),
                Parts.none()
                        .features(Feature.MEDIA)
                        .entities(EntitySpec.named("MediaAsset")
                                .description("A video, image or document, stored as files and served by a CDN.")
                                .owner("@user")
                                .growth(0.5)
                                .fields(
                                        "title: string(200) required",
                                        "content_type: string(100) required",
                                        "size_bytes: long required",
                                        "storage_key: string(255) required unique",
                                        "duration_seconds: integer")
                                .relations("belongs-to User as @user")
                                .states("uploaded", "processing", "ready", "failed"))
                        .patterns(
                                PatternSpec.of("upload-media", "@user", CREATE, "MediaAsset", 0.2),
                                PatternSpec.of("view-media", "@user", READ, "MediaAsset", 10))
                        .risks("Media bytes never pass through the API: upload to object storage with signed URLs,"
                                + " process (transcode, thumbnail) asynchronously, and serve through a CDN."));
    }
}
