/**
 * What core asks of its database besides the stores: {@link dev.concierge.core.ports.Transactions}
 * (one transaction around a write and its audit entry) and {@link
 * dev.concierge.core.ports.OrganizationScopes} (row-level confinement of a thread's work to one
 * organization). They serve every aggregate, so they live here; each aggregate's store lives beside
 * its use cases.
 */
package dev.concierge.core.ports;
