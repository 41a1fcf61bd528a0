package dev.concierge.http;

import dev.concierge.core.dashboard.ActivityEntry;
import dev.concierge.core.dashboard.ConversationSummary;
import dev.concierge.core.dashboard.Dashboard;
import dev.concierge.core.dashboard.DashboardStats;
import dev.concierge.core.dashboard.DashboardWidgets;
import dev.concierge.core.dashboard.ProjectProgress;
import dev.concierge.core.dashboard.RecommendationSummary;
import dev.concierge.core.dashboard.UpcomingDateSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The client profile page in the spec's exact shape. */
record DashboardJson(
    PersonJson person,
    List<Conversation> recentConversations,
    List<Upcoming> upcomingDates,
    List<ActiveProject> activeProjects,
    List<Recommendation> recentRecommendations,
    Stats stats) {

  /** Every instant in the person's zone. */
  static DashboardJson of(Dashboard dashboard) {
    DashboardWidgets w = dashboard.widgets();
    ZoneId zone = dashboard.person().timezone();
    return new DashboardJson(
        PersonJson.of(dashboard.person()),
        w.recentConversations().stream().map(c -> Conversation.of(c, zone)).toList(),
        w.upcomingDates().stream().map(Upcoming::of).toList(),
        w.activeProjects().stream().map(ActiveProject::of).toList(),
        w.recentRecommendations().stream().map(r -> Recommendation.of(r, zone)).toList(),
        Stats.of(w.stats()));
  }

  record Conversation(
      UUID conversationId,
      String channelType,
      String lastMessagePreview,
      OffsetDateTime lastMessageAt,
      long messageCount) {
    static Conversation of(ConversationSummary c, ZoneId zone) {
      return new Conversation(
          c.conversationId(),
          c.channelType().wireName(),
          c.lastMessagePreview(),
          Instants.at(c.lastMessageAt(), zone),
          c.messageCount());
    }
  }

  record Upcoming(
      UUID dateItemId,
      String title,
      LocalDate dateValue,
      LocalDate nextOccurrence,
      String categoryName,
      String categoryIcon,
      long daysUntil,
      long reminderCount) {
    static Upcoming of(UpcomingDateSummary u) {
      return new Upcoming(
          u.dateItemId(),
          u.title(),
          u.dateValue(),
          u.nextOccurrence(),
          u.categoryName(),
          u.categoryIcon(),
          u.daysUntil(),
          u.reminderCount());
    }
  }

  /** An entry of /persons/{id}/upcoming: one occurrence in the window. */
  record Occurrence(
      UUID dateItemId,
      String title,
      LocalDate dateValue,
      LocalDate occurrenceDate,
      LocalDate nextOccurrence,
      UUID categoryId,
      String categoryName,
      String categoryIcon,
      long daysUntil,
      long reminderCount) {
    static Occurrence of(UpcomingDateSummary u) {
      return new Occurrence(
          u.dateItemId(),
          u.title(),
          u.dateValue(),
          u.occurrenceDate(),
          u.nextOccurrence(),
          u.categoryId(),
          u.categoryName(),
          u.categoryIcon(),
          u.daysUntil(),
          u.reminderCount());
    }
  }

  record ActiveProject(
      UUID projectId,
      String title,
      String status,
      int priority,
      LocalDate dueDate,
      long totalTasks,
      long completedTasks,
      int completionPercentage) {
    static ActiveProject of(ProjectProgress p) {
      return new ActiveProject(
          p.projectId(),
          p.title(),
          p.status().wireName(),
          p.priority(),
          p.dueDate(),
          p.totalTasks(),
          p.completedTasks(),
          p.completionPercentage());
    }
  }

  record Recommendation(
      UUID recommendationId,
      UUID resourceId,
      String venueName,
      String category,
      boolean inCatalogue,
      String title,
      String notes,
      OffsetDateTime createdAt) {
    static Recommendation of(RecommendationSummary r, ZoneId zone) {
      return new Recommendation(
          r.recommendationId(),
          r.resourceId(),
          r.venueName(),
          r.category() == null ? null : r.category().wireName(),
          r.inCatalogue(),
          r.title(),
          r.notes(),
          Instants.at(r.createdAt(), zone));
    }
  }

  record Stats(
      long totalConversations,
      long totalUpcomingDates,
      long totalActiveProjects,
      long totalRecommendations) {
    static Stats of(DashboardStats s) {
      return new Stats(
          s.totalConversations(),
          s.totalUpcomingDates(),
          s.totalActiveProjects(),
          s.totalRecommendations());
    }
  }

  record Activity(String type, OffsetDateTime occurredAt, String summary, UUID entityId) {
    static Activity of(ActivityEntry a, ZoneId zone) {
      return new Activity(a.type(), Instants.at(a.occurredAt(), zone), a.summary(), a.entityId());
    }
  }
}
