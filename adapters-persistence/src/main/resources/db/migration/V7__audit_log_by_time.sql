-- The operator's tail of the whole audit log (concierge-admin audit-log tail without --org, and
-- its --follow polling every second) reads it by time alone, across organizations; the index of V1
-- leads with the organization and cannot serve that without reading the whole table.
create index idx_audit_log_created on audit_log (created_at desc, audit_id);
