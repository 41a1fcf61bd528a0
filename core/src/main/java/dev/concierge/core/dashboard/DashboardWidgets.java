package dev.concierge.core.dashboard;

import java.util.List;

/** What the dashboard shows besides the person, as read in one go. */
public record DashboardWidgets(
    List<ConversationSummary> recentConversations,
    List<UpcomingDateSummary> upcomingDates,
    List<ProjectProgress> activeProjects,
    List<RecommendationSummary> recentRecommendations,
    DashboardStats stats) {

  public DashboardWidgets {
    recentConversations = List.copyOf(recentConversations);
    upcomingDates = List.copyOf(upcomingDates);
    activeProjects = List.copyOf(activeProjects);
    recentRecommendations = List.copyOf(recentRecommendations);
  }
}
