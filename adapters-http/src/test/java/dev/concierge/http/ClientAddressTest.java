package dev.concierge.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
  @Test
  void an_ipv4_client_is_its_address() {
    assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("203.0.113.7")).isNotEqualTo(ClientAddress.of("203.0.113.8"));
  }

  @Test
  void an_ipv6_client_is_its_64_bit_prefix_so_stepping_through_its_block_gains_nothing() {
    String one = ClientAddress.of("2001:db8:1:2::1");
    String other = ClientAddress.of("2001:db8:1:2:ffff:ffff:ffff:fffe");

    assertThat(one).isEqualTo(other).isEqualTo("20010db800010002::/64");
    assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
  }

  @Test
  void an_ipv4_mapped_ipv6_address_is_the_ipv4_client() {
    assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
  }
}
