package dev.concierge.core.reminders.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdRangeTest {

  @Test
  void slices_are_contiguous_and_open_at_both_ends() {
    List<IdRange> ranges = IdRange.split(4);

    assertThat(ranges).hasSize(4);
    assertThat(ranges.get(0).low()).isNull();
    assertThat(ranges.get(3).high()).isNull();
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).low()).isEqualTo(ranges.get(i - 1).high());
    }
    assertThat(ranges.get(2).low())
        .isEqualTo(UUID.fromString("7fffffff-ffff-fffe-0000-000000000000"));
  }

  @Test
  void one_slice_is_everything() {
    assertThat(IdRange.split(1)).containsExactly(IdRange.ALL);
  }
}
