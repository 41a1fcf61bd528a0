package dev.concierge.http;

import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Who is on the other end of the connection, for throttling failed authentications.
 *
 * <p>Only the socket's peer counts: X-Forwarded-For and its kin are whatever the client wrote, so
 * trusting them would let a prober pick a fresh address per request. Behind a reverse proxy every
 * client therefore shares the proxy's address (see the README). An IPv6 client is its /64, the
 * block one host usually owns, because stepping through addresses inside it costs a prober nothing.
 */
final class ClientAddress {
  private static final int IPV6_HOST_PREFIX_BYTES = 8;

  private ClientAddress() {}

  static String of(Context ctx) {
    return of(ctx.req().getRemoteAddr());
  }

  static String of(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
      return String.valueOf(remoteAddress);
    }
    try {
      // a literal, so no name is looked up
      InetAddress address = InetAddress.getByName(remoteAddress);
      if (address instanceof Inet6Address) {
        byte[] bytes = address.getAddress();
        return HexFormat.of().formatHex(bytes, 0, IPV6_HOST_PREFIX_BYTES) + "::/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException e) {
      return remoteAddress;
    }
  }
}
