package dev.concierge.persistence;

import dev.concierge.core.paging.Page;
import dev.concierge.core.paging.PageRequest;
import dev.concierge.core.relationships.Relationship;
import dev.concierge.core.relationships.RelationshipStore;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Relationships between persons in PostgreSQL ({@code person_relationships}), seen only while both
 * persons live. Thread-safe.
 */
public final class JdbiRelationshipStore implements RelationshipStore {
  /** The columns of a {@link Relationship}, named as its components for {@link #RELATIONSHIP}. */
  private static final String COLUMNS =
      "r.relationship_id, r.org_id, r.person_id, r.related_person_id, r.relation, r.created_at,"
          + " r.updated_at";

  private static final RowMapper<Relationship> RELATIONSHIP =
      ConstructorMapper.of(Relationship.class);

  /** Relationships of the organization whose persons both live, as {@code r}. */
  private static final String LIVE =
      """
      from person_relationships r
      join persons p on p.org_id = r.org_id and p.person_id = r.person_id
        and p.deleted_at is null
      join persons rp on rp.org_id = r.org_id and rp.person_id = r.related_person_id
        and rp.deleted_at is null
      where r.org_id = :orgId
      """;

  private final Jdbi jdbi;

  public JdbiRelationshipStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Page<Relationship> list(UUID orgId, UUID personId, PageRequest page) {
    return jdbi.withHandle(
        handle ->
            Paging.page(
                handle,
                COLUMNS,
                LIVE + " and (r.person_id = :personId or r.related_person_id = :personId)",
                "r.person_id <> :personId, r.relation, r.created_at, r.relationship_id",
                Map.of("orgId", orgId, "personId", personId),
                RELATIONSHIP,
                page));
  }

  @Override
  public boolean related(UUID orgId, UUID personId, UUID otherPersonId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select exists (select 1 "
                        + LIVE
                        + " and (r.person_id = :personId and r.related_person_id = :other"
                        + " or r.person_id = :other and r.related_person_id = :personId))")
                .bind("orgId", orgId)
                .bind("personId", personId)
                .bind("other", otherPersonId)
                .mapTo(Boolean.class)
                .one());
  }

  @Override
  public Relationship add(Relationship relationship) {
    return SqlErrors.translate(
        "That relationship is recorded already.",
        () ->
            jdbi.withHandle(
                handle ->
                    handle
                        .createQuery(
                            """
                            insert into person_relationships as r
                              (relationship_id, org_id, person_id, related_person_id, relation)
                            values (:relationshipId, :orgId, :personId, :relatedPersonId, :relation)
                            returning
                            """
                                + COLUMNS)
                        .bindMethods(relationship)
                        .map(RELATIONSHIP)
                        .one()));
  }

  @Override
  public boolean delete(UUID orgId, UUID personId, UUID relationshipId) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "delete from person_relationships where relationship_id in (select"
                            + " r.relationship_id "
                            + LIVE
                            + " and r.person_id = :personId and r.relationship_id = :id)")
                    .bind("orgId", orgId)
                    .bind("personId", personId)
                    .bind("id", relationshipId)
                    .execute())
        == 1;
  }
}
