package dev.concierge.core.dates;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import dev.concierge.core.time.LeapDayPolicy;
import java.time.LocalDate;
import java.util.UUID;

/** A partial update of a date item: each field unchanged or set. */
public record DateItemChanges(
    FieldChange<UUID> categoryId,
    FieldChange<UUID> relatedPersonId,
    FieldChange<String> title,
    FieldChange<LocalDate> dateValue,
    FieldChange<String> recurrenceRule,
    FieldChange<LeapDayPolicy> leapDayPolicy,
    FieldChange<String> notes,
    @WireName("metadata_jsonb") FieldChange<Metadata> metadata) {}
