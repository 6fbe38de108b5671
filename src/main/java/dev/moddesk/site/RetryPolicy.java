package dev.moddesk.site;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a request is retried after a 429, a 5xx or a network error: exponential backoff
 * from {@code firstDelay}, doubled each time up to {@code maxDelay}, with ±20% jitter; a {@code Retry-After}
 * the site sends is honoured up to {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(8));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1). */
    long delayMillis(int attempt, long retryAfterMillis) {
        long base = firstDelay.toMillis() << Math.min(20, attempt - 1);
        long capped = Math.min(maxDelay.toMillis(), base);
        long jittered = Math.round(capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        return Math.min(maxDelay.toMillis(), Math.max(jittered, retryAfterMillis));
    }
}
