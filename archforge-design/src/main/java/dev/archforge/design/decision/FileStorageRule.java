package dev.archforge.design.decision;

import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import java.util.Locale;

/**
 * Files never pass through the API or the database: clients upload straight to object storage with
 * presigned URLs and download through a CDN with signed URLs; video is transcoded to adaptive streams.
 */
@DecisionInfo(
        id = "file-storage",
        area = Area.DATA,
        title = "File storage and delivery",
        reads = {RequirementKey.FEATURES, RequirementKey.SYSTEM_PURPOSE, RequirementKey.CLOUD})
public final class FileStorageRule implements DecisionRule {
    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.UPLOADS) || context.has(Feature.MEDIA);
    }

    @Override
    public Choice decide(DesignContext context) {
        context.parts().addStore(Store.OBJECT_STORAGE);
        boolean aws = !"on-premises".equals(context.constraints().hosting())
                && "aws".equals(context.constraints().cloud());
        String store = aws
                ? "Amazon S3"
                : "on-premises".equals(context.constraints().hosting())
                        ? "MinIO (S3-compatible object storage)"
                        : "S3-compatible object storage";
        boolean media = context.has(Feature.MEDIA);
        boolean video = context.requirements()
                .system()
                .purpose()
                .toLowerCase(Locale.ROOT)
                .contains("video");
        Choice choice =
                Choice.of("").driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(context.requirements()));
        String line = store + " with presigned upload URLs (multipart for large files)"
                + (media
                        ? "; CDN delivery with short-lived signed URLs"
                        : "; downloads through short-lived signed URLs")
                + (video ? "; transcoding to HLS renditions by a queue worker" : "");
        return choice.withChoice(line)
                .because("Files go from the client straight to object storage and back through "
                        + (media ? "the CDN" : "signed URLs") + ": the API only issues URLs and stores keys and"
                        + " metadata, so instances never buffer large bodies and database backups stay small."
                        + (video
                                ? " Video is transcoded once into adaptive bitrate renditions (HLS) that players"
                                        + " switch between."
                                : ""))
                .alternative(
                        "Files in PostgreSQL (bytea)",
                        "Bloats the database, its backups and replication with" + " data it never queries.")
                .alternative(
                        "Uploads proxied through the API",
                        "Every byte crosses the instances twice and ties"
                                + " up a request for the length of the upload.")
                .tradeoff("Uploads complete out of band: the API confirms them by a callback or a HEAD on the key,"
                        + " and scans them before they are served.")
                .tradeoff("Object lifecycle rules must mirror the records' retention and erasure.")
                .revisitWhen(
                        media
                                ? "When egress dominates the bill, negotiate CDN commit pricing or add a second CDN."
                                : "When files are read by many people rather than their owner, put a CDN in front of them.");
    }
}
