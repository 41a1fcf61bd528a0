package dev.concierge.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API's name of an input field whose record component is not simply that name in camelCase
 * ({@code is_primary}, {@code metadata_jsonb}, {@code scheduled_datetime}). The audit log names
 * changed fields as the API does, and reads this to do so.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface WireName {
  String value();
}
