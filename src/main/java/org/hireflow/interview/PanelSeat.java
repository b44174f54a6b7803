package org.hireflow.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of one interview's panel. */
@Embeddable
public record PanelSeat(@Column(name = "user_id") String userId, boolean chair) {
}
