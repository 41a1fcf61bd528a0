package dev.concierge.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How every instant in a response is written: ISO-8601 with an offset, that of the person's zone in
 * what belongs to a person ({@code 2026-03-01T09:00:00-05:00}, so a reminder and its delivery
 * attempts read as the person lives them), UTC ({@code Z}) elsewhere. One format for both.
 */
final class Instants {
  private Instants() {}

  /** The instant as it reads in {@code zone}; null stays null. */
  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  /** Writes both {@link Instant} (in UTC) and {@link OffsetDateTime} (as it is) the same way. */
  static SimpleModule module() {
    return new SimpleModule("instants")
        .addSerializer(
            new StdSerializer<>(Instant.class) {
              @Override
              public void serialize(Instant value, JsonGenerator out, SerializerProvider provider)
                  throws IOException {
                out.writeString(format(value.atOffset(ZoneOffset.UTC)));
              }
            })
        .addSerializer(
            new StdSerializer<>(OffsetDateTime.class) {
              @Override
              public void serialize(
                  OffsetDateTime value, JsonGenerator out, SerializerProvider provider)
                  throws IOException {
                out.writeString(format(value));
              }
            });
  }

  private static String format(OffsetDateTime value) {
    return value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
