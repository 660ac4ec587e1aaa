package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Pushing changes to clients as they happen, over WebSockets or server-sent events. */
final class RealtimeCapability {
    private RealtimeCapability() {}

    static Capability capability() {
        return new Capability(
                "realtime",
                List.of(
                        "realtime",
                        "real time",
                        "live",
                        "instant",
                        "instantly",
                        "websocket",
                        "live update",
                        "push update",
                        "presence",
                        "typing indicator"),
                Parts.none()
                        .features(Feature.REALTIME)
                        .risks("Open connections are state: fan messages out between instances through pub/sub"
                                + " and give clients a reconnect-and-catch-up path."));
    }
}
