package dev.concierge.core.preferences;

import java.time.Instant;
import java.util.UUID;

/**
 * What recording a preference takes. Null means the default: the source follows the caller (the
 * assistant, else staff), the time is the source message's (else now), and a preference is
 * confirmed when staff record it.
 */
public record NewPreference(
    PreferenceCategory category,
    String statement,
    PreferenceSource source,
    UUID sourceMessageId,
    Instant capturedAt,
    Boolean confirmed) {}
