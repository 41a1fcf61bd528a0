package dev.concierge.cli.audit;

/** A project and one of its tasks, found by search; deleted again, the project afterwards 404. */
final class ProjectChecks implements Area {
  @Override
  public void check(AuditRun audit) {
    String tag = audit.tag();
    String projects = "/api/v1/projects";
    Reply project =
        audit
            .call("POST", projects)
            .body(
                "person_id",
                audit.id("person_id"),
                "title",
                tag + "-project",
                "status",
                "new",
                "priority",
                3)
            .expect(201, r -> r.expectField("title", tag + "-project"));
    audit.createdThenGone(project, "project_id", projects + "/{project_id}");
    audit
        .call("GET", projects)
        .query("person_id=" + audit.id("person_id"))
        .expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", projects + "/{project_id}")
        .expect(200, r -> r.expectField("project_id", audit.id("project_id")));
    audit
        .call("PUT", projects + "/{project_id}")
        .body("status", "in_progress")
        .expect(200, r -> r.expectField("status", "in_progress"));

    String tasks = projects + "/{project_id}/tasks";
    Reply task =
        audit
            .call("POST", tasks)
            .body("title", tag + "-task", "status", "pending")
            .expect(201, r -> r.expectField("status", "pending"));
    audit.created(task, "task_id", tasks + "/{task_id}");
    audit.call("GET", tasks).expect(200, r -> r.expectTotal(1));
    audit
        .call("GET", tasks + "/{task_id}")
        .expect(200, r -> r.expectField("task_id", audit.id("task_id")));
    audit
        .call("PUT", tasks + "/{task_id}")
        .body("status", "completed")
        .expect(200, r -> r.expectField("status", "completed"));
    audit
        .call("GET", "/api/v1/search")
        .query("q=" + tag + "-project&types=project,task")
        .expect(200, r -> r.expectFirst("id", audit.id("project_id")));
  }
}
