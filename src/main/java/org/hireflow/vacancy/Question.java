package org.hireflow.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A question every candidate answers in the application form; only these answers are
 * evaluated.
 */
@Embeddable
public record Question(String code, String text, @Column(name = "max_length") int maxLength) {
}
