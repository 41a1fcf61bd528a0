package dev.concierge.core.dashboard;

/** The dashboard's counts; upcoming dates are those whose next occurrence is today or later. */
public record DashboardStats(
    long totalConversations,
    long totalUpcomingDates,
    long totalActiveProjects,
    long totalRecommendations) {}
