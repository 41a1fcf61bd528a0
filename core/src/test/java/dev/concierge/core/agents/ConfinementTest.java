package dev.concierge.core.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfinementTest {
  private static final UUID CLIENT = UUID.fromString("3f8e2d1c-0000-4000-8000-000000000001");
  private static final UUID MOM = UUID.fromString("3f8e2d1c-0000-4000-8000-000000000002");
  private static final UUID SOMEONE_ELSE = UUID.fromString("3f8e2d1c-0000-4000-8000-000000000003");

  @Test
  void an_unconfined_run_reaches_everyone_its_caller_reaches() {
    assertThat(Confinement.NONE.confined()).isFalse();
    assertThat(Confinement.NONE.allows(SOMEONE_ELSE)).isTrue();
  }

  @Test
  void a_confined_run_reaches_only_its_people() {
    Confinement family = Confinement.to(List.of(CLIENT, MOM));

    assertThat(family.confined()).isTrue();
    assertThat(family.persons()).containsExactlyInAnyOrder(CLIENT, MOM);
    assertThat(family.allows(MOM)).isTrue();
    assertThat(family.allows(SOMEONE_ELSE)).isFalse();
    assertThat(family.allows(null)).isFalse();
  }

  @Test
  void a_run_confined_to_nobody_or_unconfined_with_people_is_refused() {
    assertThatThrownBy(() -> Confinement.to(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Confinement(false, Set.of(CLIENT)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
