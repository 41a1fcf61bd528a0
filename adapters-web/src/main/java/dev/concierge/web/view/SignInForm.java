package dev.concierge.web.view;

/**
 * The sign-in form as typed (the password is never shown again).
 *
 * @param next the page of this site to go to once signed in
 * @param signedOut whether the visitor just signed out
 * @param error why the last attempt was refused, or null
 */
public record SignInForm(String email, String next, boolean signedOut, String error) {}
