package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;

import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Retention;
import java.util.List;

/** Machine-learning inference on requests: each prediction recorded with the model version that made it. */
final class ModelServingCapability {
    /** Predictions are kept this many months for audits and retraining. */
    static final int RETENTION_MONTHS = 6;

    private ModelServingCapability() {}

    static Capability capability() {
        return new Capability(
                "model-serving",
                List.of(
                        "machine learning",
                        "ml model",
                        "inference",
                        "recommendation engine",
                        "recommendations",
                        "llm",
                        "large language model",
                        "prediction",
                        "predict",
                        "classifier",
                        "embedding",
                        "ai model",
                        "fraud score",
                        "risk score",
                        "fraud scoring",
                        "model version",
                        "open weights",
                        "fine tuned model",
                        "xgboost",
                        "gradient boosted",
                        "llama",
                        "ai summaries"),
                Parts.none()
                        .features(Feature.MODEL_SERVING)
                        .entities(EntitySpec.named("Prediction")
                                .description("One inference: what the model was asked and what it answered.")
                                .owner("@user")
                                .growth(30)
                                .asAppendOnly()
                                .retention(new Retention(RETENTION_MONTHS))
                                .fields(
                                        "model_version: string(64) required",
                                        "input: json required",
                                        "output: json required",
                                        "latency_ms: integer")
                                .relations("belongs-to User as @user"))
                        .patterns(PatternSpec.of("request-prediction", "@user", CREATE, "Prediction", 3))
                        .risks("Inference is slow and often GPU-bound: serve models behind their own autoscaled"
                                + " endpoint with a timeout and a fallback answer, batch where latency allows, and"
                                + " record the model version with every prediction."));
    }
}
