package dev.concierge.core.preferences;

import dev.concierge.core.model.FieldChange;

/** A correction of a preference: unmentioned fields stay as they are. */
public record PreferenceChanges(
    FieldChange<PreferenceCategory> category,
    FieldChange<String> statement,
    FieldChange<Boolean> confirmed) {}
