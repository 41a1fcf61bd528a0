package dev.concierge.cli.audit;

/**
 * The checks of one part of the API. Areas run in order and share the run's ids: persons and later
 * areas use the person the persons' checks created, recommendations the venue and the project.
 */
interface Area {
  void check(AuditRun audit);
}
