package dev.concierge.core.access;

/** What an admin gives a new key; the audit log records these field names. */
public record NewApiKey(String name, ApiRole role) {}
