package dev.concierge.core.frontdesk;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the front desk keeps of its own: the channel events it has handled (so that none is handled
 * twice, whichever instance gets it and however often it comes) and the unknown contacts.
 * Implementations are thread-safe, and the claim holds across instances sharing the database.
 */
public interface FrontDeskStore {
  /**
   * Claims an event of the channel (Slack's {@code event_id}, unique across Slack) for handling in
   * the organization: true the first time its id is claimed, false ever after. Taking part in the
   * caller's transaction, a claim rolled back is no claim.
   */
  boolean claimEvent(UUID orgId, String eventId, Instant at);

  /**
   * Forgets the events claimed before {@code cutoff}, in every organization: a channel redelivers
   * an event within minutes or hours, so a claim older than that guards against nothing.
   *
   * @return how many were forgotten
   */
  int forgetEventsBefore(Instant cutoff);

  /**
   * The organization a channel workspace (a Slack team) belongs to: the one whose settings name it
   * ({@code settings_jsonb.slack_team_id}), else the default organization.
   */
  UUID organizationOf(String workspace);

  /**
   * Notes that an unknown contact wrote again: the first sighting adds them, each later one counts
   * a message, keeps the newest name and message and moves {@code lastSeenAt} up.
   */
  void sawUnknownContact(UnknownContact sighting);

  /**
   * The organization's unknown contacts, those who wrote last first, with the total. A contact whom
   * a live comm identity of the organization now names is no longer unknown: left out.
   */
  Page<UnknownContact> unknownContacts(UUID orgId, PageRequest page);

  /** One unknown contact of the organization; empty when linked meanwhile, or not its. */
  Optional<UnknownContact> findUnknownContact(UUID orgId, UUID unknownContactId);
}
