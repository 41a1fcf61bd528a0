package dev.concierge.slack;

/** What to answer a request Slack posted over HTTP. */
public record SlackHttpReply(int status, String contentType, String body) {}
