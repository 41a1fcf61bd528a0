package dev.concierge.core.audit;

import dev.concierge.core.access.Caller;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.WireName;
import dev.concierge.core.ports.Transactions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every write use case goes through: runs the write and appends its {@link AuditEntry} in one
 * transaction, so the change and its record commit together or not at all. The entry is written
 * after the write succeeds; a write that fails (not found, conflict) records nothing.
 *
 * <p>Field names come from the input records themselves, so no use case lists them by hand: an
 * update names the components of its {@code *Changes} record that are present, a create the
 * components of its {@code New*} record that are given (not null, not an empty list). A component
 * is named in snake_case, or by its {@link WireName}.
 */
public final class AuditTrail {
  private static final ClassValue<List<Component>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
          }
          List<Component> found = new ArrayList<>();
          for (RecordComponent component : components) {
            found.add(new Component(wireName(component), component.getAccessor()));
          }
          return List.copyOf(found);
        }
      };

  private record Component(String name, Method accessor) {
    Object valueIn(Record input) {
      try {
        return accessor.invoke(input);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(accessor + " cannot be read", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(accessor + " failed", e.getCause());
      }
    }
  }

  private final AuditStore entries;
  private final Transactions transactions;

  public AuditTrail(AuditStore entries, Transactions transactions) {
    this.entries = Objects.requireNonNull(entries, "entries");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  /**
   * Runs a create and records it with the fields {@code input} gives.
   *
   * @param id the new entity's id, read from what {@code write} returns
   */
  public <T> T created(
      Caller caller,
      EntityType type,
      Record input,
      Function<? super T, UUID> id,
      Supplier<T> write) {
    return record(caller, AuditAction.CREATE, type, id, givenFields(input), write);
  }

  /** Runs an update and records it with the fields {@code changes} sets. */
  public <T> T updated(Caller caller, EntityType type, UUID id, Record changes, Supplier<T> write) {
    return record(caller, AuditAction.UPDATE, type, result -> id, changedFields(changes), write);
  }

  /** Runs a delete and records it. */
  public void deleted(Caller caller, EntityType type, UUID id, Runnable write) {
    record(
        caller,
        AuditAction.DELETE,
        type,
        result -> id,
        List.of(),
        () -> {
          write.run();
          return null;
        });
  }

  /** Runs any write and records it as {@code action} with the given field names. */
  public <T> T record(
      Caller caller,
      AuditAction action,
      EntityType type,
      Function<? super T, UUID> id,
      List<String> fields,
      Supplier<T> write) {
    return transactions.inTransaction(
        () -> {
          T result = write.get();
          entries.append(AuditEntry.of(caller, action, type, id.apply(result), fields));
          return result;
        });
  }

  /** The API names of the present {@link FieldChange} components of a partial update. */
  public static List<String> changedFields(Record changes) {
    List<String> names = new ArrayList<>();
    for (Component component : COMPONENTS.get(changes.getClass())) {
      if (component.valueIn(changes) instanceof FieldChange<?> change && change.isPresent()) {
        names.add(component.name());
      }
    }
    return List.copyOf(names);
  }

  /** The API names of the components of a creation's input that hold something. */
  public static List<String> givenFields(Record input) {
    List<String> names = new ArrayList<>();
    for (Component component : COMPONENTS.get(input.getClass())) {
      Object value = component.valueIn(input);
      if (value != null && !(value instanceof Collection<?> items && items.isEmpty())) {
        names.add(component.name());
      }
    }
    return List.copyOf(names);
  }

  private static String wireName(RecordComponent component) {
    WireName named = component.getAnnotation(WireName.class);
    if (named != null) {
      return named.value();
    }
    StringBuilder snake = new StringBuilder();
    for (char c : component.getName().toCharArray()) {
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }
}
