-- A persons import matches its rows on the id another system knows a person by
-- (metadata_jsonb.external_id) and on their email address, whatever its case.
create unique index idx_persons_external_id
  on persons (org_id, (metadata_jsonb ->> 'external_id'))
  where deleted_at is null and metadata_jsonb ? 'external_id';

create index idx_comm_identities_email_lower
  on comm_identities (org_id, lower(identity_value))
  where channel_type = 'email' and deleted_at is null;
