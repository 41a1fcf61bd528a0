-- Row-level security: a second wall between organizations, under the org_id every query already
-- filters by. A session that runs as concierge_tenant with concierge.org_id set sees and writes
-- only that organization's rows, so a query that forgot its "where org_id" leaks nothing.
--
-- Row security is enabled, not forced: the owner (the migrating user, as which workers, commands
-- and migrations run) still bypasses it, because they work across organizations by design. Only
-- concierge_tenant is subject to it, and any other role without a policy of its own sees no rows.

-- Roles belong to the cluster, not the database: several databases of one cluster may run this at
-- once, and the role may already exist (a DBA created it, or another database did).
do
$$
declare
  previous_role text := current_setting('role');
begin
  if not exists (select 1 from pg_roles where rolname = 'concierge_tenant') then
    begin
      create role concierge_tenant nologin;
    exception
      when duplicate_object or unique_violation then
        null; -- created meanwhile by a migration of another database
      when insufficient_privilege then
        raise exception 'cannot create role concierge_tenant: %', sqlerrm
          using hint = format(
            'Give %I the CREATEROLE attribute, or have a database administrator run: '
            'CREATE ROLE concierge_tenant NOLOGIN; GRANT concierge_tenant TO %I;',
            current_user, current_user);
    end;
  end if;

  -- The application switches to the role with SET ROLE, which needs membership with the SET
  -- option; trying it is the one check that means the same on every PostgreSQL version.
  begin
    perform set_config('role', 'concierge_tenant', true);
  exception
    when insufficient_privilege then
      begin
        execute format('grant concierge_tenant to %I', current_user);
      exception
        when duplicate_object or unique_violation then
          null; -- granted meanwhile by a migration of another database
        when insufficient_privilege or invalid_grant_operation then
          raise exception 'role % may not switch to role concierge_tenant: %', current_user, sqlerrm
            using hint = format(
              'Have a database administrator run: GRANT concierge_tenant TO %I;', current_user);
      end;
      perform set_config('role', 'concierge_tenant', true);
  end;
  perform set_config('role', previous_role, true);
end;
$$;

do
$$
declare
  t text;
begin
  execute format('grant usage on schema %I to concierge_tenant', current_schema());
  execute format(
    'grant select, insert, update, delete on all tables in schema %I to concierge_tenant',
    current_schema());
  -- tables of later migrations are reachable too; RowLevelSecurityTest fails any without a policy
  execute format(
    'alter default privileges in schema %I'
    ' grant select, insert, update, delete on tables to concierge_tenant',
    current_schema());

  for t in
    select c.table_name
    from information_schema.columns c
    join information_schema.tables tb
      on tb.table_schema = c.table_schema and tb.table_name = c.table_name
    where c.table_schema = current_schema()
      and c.column_name = 'org_id'
      and tb.table_type = 'BASE TABLE'
    order by c.table_name
  loop
    execute format('alter table %I enable row level security', t);
    -- unset (or empty) concierge.org_id is null, and org_id = null is never true: no rows
    execute format(
      'create policy tenant_isolation on %I for all to concierge_tenant'
      ' using (org_id = nullif(current_setting(''concierge.org_id'', true), '''')::uuid)'
      ' with check (org_id = nullif(current_setting(''concierge.org_id'', true), '''')::uuid)',
      t);
  end loop;
end;
$$;

-- The tenant never needs Flyway's bookkeeping.
revoke all on flyway_schema_history from concierge_tenant;

-- A view runs with its owner's rights unless told otherwise, and the owner bypasses row security.
alter view vendors set (security_invoker = true);
alter view venues set (security_invoker = true);
alter view restaurants set (security_invoker = true);
alter view products set (security_invoker = true);
