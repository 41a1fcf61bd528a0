package dev.concierge.core.reminders.bulk;

import dev.concierge.core.access.Caller;
import dev.concierge.core.errors.ConciergeException;
import dev.concierge.core.errors.ConflictException;
import dev.concierge.core.errors.FieldError;
import dev.concierge.core.errors.NotFoundException;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.model.FieldChange;
import dev.concierge.core.ports.Transactions;
import dev.concierge.core.reminders.ReminderChanges;
import dev.concierge.core.reminders.ReminderRule;
import dev.concierge.core.reminders.Reminders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Up to {@value #MAX_OPERATIONS} reminder operations in one request: create, reschedule, pause,
 * resume, delete. Each runs through {@link Reminders}, so each is checked, audited and placed in
 * time as it would be alone. Atomic (the default): all in one transaction, and when any is refused
 * none is applied, and one validation failure names every refused operation's fields as {@code
 * operations[i].field}. Not atomic: each operation in its own transaction, and the result of each
 * says whether it was applied.
 */
public final class BulkReminders {
  public static final int MAX_OPERATIONS = 1_000;

  private final Reminders reminders;
  private final Transactions transactions;

  public BulkReminders(Reminders reminders, Transactions transactions) {
    this.reminders = Objects.requireNonNull(reminders, "reminders");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  /**
   * @throws ValidationException when there are none or too many operations, or (atomic) when any
   *     was refused
   */
  public List<BulkItemResult> apply(Caller caller, List<BulkOperation> operations, boolean atomic) {
    caller.requireWriter();
    if (operations.isEmpty()) {
      throw new ValidationException("operations", "needs at least one operation");
    }
    if (operations.size() > MAX_OPERATIONS) {
      throw new ValidationException(
          "operations",
          "holds at most " + MAX_OPERATIONS + " operations (" + operations.size() + " sent)");
    }
    if (!atomic) {
      List<BulkItemResult> results = new ArrayList<>(operations.size());
      for (int i = 0; i < operations.size(); i++) {
        int index = i;
        results.add(
            attempt(
                index, operations.get(i), op -> transactions.inTransaction(() -> run(caller, op))));
      }
      return results;
    }
    return transactions.inTransaction(
        () -> {
          List<BulkItemResult> results = new ArrayList<>(operations.size());
          for (int i = 0; i < operations.size(); i++) {
            results.add(attempt(i, operations.get(i), op -> run(caller, op)));
          }
          List<FieldError> refused = new ArrayList<>();
          for (BulkItemResult result : results) {
            if (result.failed()) {
              refused.addAll(fieldErrors(result));
            }
          }
          if (!refused.isEmpty()) {
            // thrown inside the transaction, so every operation already applied is rolled back
            throw new ValidationException(refused);
          }
          return results;
        });
  }

  private interface Step {
    BulkItemResult apply(BulkOperation operation);
  }

  private static BulkItemResult attempt(int index, BulkOperation operation, Step step) {
    try {
      BulkItemResult done = step.apply(operation);
      return new BulkItemResult(index, done.reminderId(), done.status(), null);
    } catch (ValidationException | NotFoundException | ConflictException e) {
      return new BulkItemResult(index, operation.reminderId(), BulkItemResult.Status.FAILED, e);
    }
  }

  private BulkItemResult run(Caller caller, BulkOperation operation) {
    UUID id = operation.reminderId();
    if (operation.action() != BulkAction.CREATE && id == null) {
      throw new ValidationException(
          "reminder_id", "is required to " + operation.action().wireName());
    }
    return switch (operation.action()) {
      case CREATE -> {
        if (operation.reminder() == null) {
          throw new ValidationException("reminder_type", "is required");
        }
        ReminderRule created = reminders.create(caller, operation.reminder());
        yield done(created.reminderRuleId(), BulkItemResult.Status.CREATED);
      }
      case RESCHEDULE -> {
        if ((operation.scheduledAt() == null) == (operation.leadTimeDays() == null)) {
          throw new ValidationException(
              "scheduled_datetime", "or lead_time_days (one of them) is required to reschedule");
        }
        reminders.update(
            caller,
            id,
            new ReminderChanges(
                givenOrUnchanged(operation.leadTimeDays()),
                givenOrUnchanged(operation.scheduledAt()),
                FieldChange.unchanged(),
                FieldChange.unchanged(),
                FieldChange.unchanged()));
        yield done(id, BulkItemResult.Status.RESCHEDULED);
      }
      case PAUSE -> {
        reminders.pause(caller, id);
        yield done(id, BulkItemResult.Status.PAUSED);
      }
      case RESUME -> {
        reminders.resume(caller, id);
        yield done(id, BulkItemResult.Status.RESUMED);
      }
      case DELETE -> {
        reminders.delete(caller, id);
        yield done(id, BulkItemResult.Status.DELETED);
      }
    };
  }

  private static <T> FieldChange<T> givenOrUnchanged(T value) {
    return value == null ? FieldChange.unchanged() : FieldChange.to(value);
  }

  private static BulkItemResult done(UUID id, BulkItemResult.Status status) {
    return new BulkItemResult(0, id, status, null);
  }

  /**
   * A refused operation's problem as the fields of the whole request: {@code operations[i].field};
   * an unknown reminder is its {@code reminder_id}, a conflict the operation itself.
   */
  public static List<FieldError> fieldErrors(BulkItemResult result) {
    String at = "operations[" + result.index() + "]";
    ConciergeException problem = result.problem();
    if (problem instanceof ValidationException invalid) {
      return invalid.errors().stream()
          .map(e -> new FieldError(at + "." + e.field(), e.message()))
          .toList();
    }
    if (problem instanceof NotFoundException) {
      return List.of(new FieldError(at + ".reminder_id", "is not a reminder of this organization"));
    }
    return List.of(new FieldError(at, problem.getMessage()));
  }
}
