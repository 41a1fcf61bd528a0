package dev.concierge.web.view;

/** A page that could not be shown: its status, what happened and what to do. */
public record Problem(int status, String title, String detail, String requestId) {}
