-- The staff digest's open tasks (JdbiDigestSources.openTasks) read their first ten along these
-- instead of joining every open task of the organization: the dated ones by due date, the others
-- by their open project's title (then project, position, as idx_tasks_project goes on).
create index idx_tasks_open_due on tasks (org_id, due_date)
  where deleted_at is null and status in ('pending', 'in_progress') and due_date is not null;
create index idx_projects_open_by_title on projects (org_id, title, project_id)
  where deleted_at is null and status in ('new', 'in_progress');
