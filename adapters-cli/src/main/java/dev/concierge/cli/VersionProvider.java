package dev.concierge.cli;

import picocli.CommandLine.IVersionProvider;

/** The version stamped into the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
  static String buildVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "concierge-admin " + buildVersion(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
