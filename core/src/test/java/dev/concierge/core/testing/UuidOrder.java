package dev.concierge.core.testing;

import java.util.Comparator;
import java.util.UUID;

/** Ids in PostgreSQL's order, which in-memory stores must keep to order and page as it does. */
public final class UuidOrder {
  /** Unsigned, byte by byte; {@link UUID#compareTo} compares the two halves signed. */
  public static final Comparator<UUID> ASCENDING =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private UuidOrder() {}
}
