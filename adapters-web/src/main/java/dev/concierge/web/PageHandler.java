package dev.concierge.web;

/** What a page does with a visit: read use cases as the visit's caller and render, or redirect. */
@FunctionalInterface
interface PageHandler {
  void handle(Visit visit) throws Exception;
}
