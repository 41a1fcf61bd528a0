package dev.concierge.web;

import dev.concierge.core.UseCases;
import dev.concierge.core.access.ActorType;
import dev.concierge.core.access.ApiKey;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.Account;
import dev.concierge.core.audit.AuditAction;
import dev.concierge.core.audit.AuditCursor;
import dev.concierge.core.audit.AuditQuery;
import dev.concierge.core.audit.AuditSlice;
import dev.concierge.core.audit.EntityType;
import dev.concierge.core.errors.ValidationException;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.web.view.AuditLogView;
import dev.concierge.web.view.FormState;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audit log (admins only, as listAuditEntries): newest first, filtered as the API filters it
 * (who, what, which entity, between which days), a page at a time by keyset, so a long log is never
 * counted and a deep page costs what the first does.
 */
final class AuditLogPage {
  static final int PAGE_SIZE = 50;
  private static final List<String> FILTERS =
      List.of("actor", "action", "entity_type", "entity_id", "since", "until");

  private final UseCases api;

  AuditLogPage(UseCases api) {
    this.api = api;
  }

  List<PortalRoute> routes() {
    return List.of(PortalRoute.get("/admin/audit-log", Access.ADMIN, this::show));
  }

  private void show(Visit visit) {
    Caller caller = visit.caller();
    ZoneId zone = api.organization().get(caller).defaultTimezone();
    Map<String, String> typed = new LinkedHashMap<>();
    for (String field : FILTERS) {
      String value = visit.query(field);
      typed.put(field, value == null ? "" : value.strip());
    }
    FormState filters = FormState.of(typed, Set.copyOf(FILTERS));
    List<AuditLogView.Actor> actors = actors(caller);
    AuditCursor after = AuditCursor.parse(visit.query("after")).orElse(null);
    try {
      AuditSlice slice = api.auditLog().newest(caller, query(visit, typed, zone), after, PAGE_SIZE);
      visit.page(
          "audit_log.jte",
          "Audit log",
          "admin",
          new AuditLogView(slice.entries(), filters, actors, after != null, slice.next(), zone));
    } catch (ValidationException e) {
      visit.page(
          "audit_log.jte",
          "Audit log",
          "admin",
          new AuditLogView(List.of(), filters.refused(e.errors()), actors, false, null, zone),
          HttpStatus.BAD_REQUEST);
    }
  }

  private static AuditQuery query(Visit visit, Map<String, String> typed, ZoneId zone) {
    FormInput input = new FormInput(visit, true);
    ActorType actorType = null;
    UUID actorId = null;
    String actor = typed.get("actor");
    if (!actor.isEmpty()) {
      String[] parts = actor.split(":", 2);
      actorType = actorType(parts[0]);
      actorId = parts.length == 2 ? uuid(parts[1]) : null;
      if (actorType == null || parts.length == 2 && actorId == null) {
        input.errors().add("actor", "is not one of the actors listed");
      }
    }
    AuditAction action =
        input.choice(
            "action", AuditAction::fromWireName, AuditAction.values(), AuditAction::wireName);
    EntityType entityType =
        input.choice(
            "entity_type", EntityType::fromWireName, EntityType.values(), EntityType::wireName);
    UUID entityId = null;
    if (!typed.get("entity_id").isEmpty()) {
      entityId = uuid(typed.get("entity_id"));
      if (entityId == null) {
        input
            .errors()
            .add("entity_id", "must be an id such as 3f2b6c1e-8d4a-4b7e-9f10-2a5c6d7e8f90");
      }
    }
    LocalDate since = input.date("since");
    LocalDate until = input.date("until");
    input.errors().throwIfAny();
    // days in the organization's zone; the last day is included, so the bound is the next midnight
    Instant from = since == null ? null : since.atStartOfDay(zone).toInstant();
    Instant to = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
    return new AuditQuery(entityType, entityId, actorType, actorId, action, from, to);
  }

  /** Who may be picked: the accounts and keys by name, and the actors that have no id. */
  private List<AuditLogView.Actor> actors(Caller caller) {
    List<AuditLogView.Actor> actors = new ArrayList<>();
    PageRequest all = new PageRequest(0, PageRequest.MAX_LIMIT);
    for (Account a : api.accounts().list(caller, all).items()) {
      actors.add(
          new AuditLogView.Actor("account:" + a.accountId(), a.displayName() + " (account)"));
    }
    for (ApiKey k : api.apiKeys().list(caller, all).items()) {
      actors.add(new AuditLogView.Actor("api_key:" + k.apiKeyId(), k.name() + " (API key)"));
    }
    actors.add(new AuditLogView.Actor("cli", "The command line"));
    actors.add(new AuditLogView.Actor("system", "The service itself"));
    actors.add(new AuditLogView.Actor("agent", "The assistant"));
    return actors;
  }

  private static ActorType actorType(String wireName) {
    for (ActorType type : ActorType.values()) {
      if (type.wireName().equals(wireName)) {
        return type;
      }
    }
    return null;
  }

  private static UUID uuid(String text) {
    try {
      return Visit.id(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
