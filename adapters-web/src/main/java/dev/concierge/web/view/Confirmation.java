package dev.concierge.web.view;

import java.util.UUID;

/** A waiting action once confirmed: its operation, how it went, and that in words. */
public record Confirmation(UUID actionId, String operationId, String status, String said) {}
