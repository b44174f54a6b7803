package org.hireflow.interview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one panel member declared about one candidate before seeing anything of the
 * application: whether they know them, and how. Append-only; never shown to the
 * candidate.
 */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration {

	/** How a panel member knows a candidate. */
	public enum Relationship {

		FAMILY, CLOSE_FRIEND,
		/** A current or former line relationship, either way round. */
		LINE_RELATIONSHIP, OTHER

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String panelMember;

	private boolean conflicted;

	@Enumerated(EnumType.STRING)
	private Relationship relationship;

	private String details;

	private Instant declaredAt;

	protected ConflictDeclaration() {
	}

	ConflictDeclaration(Long applicationId, String panelMember, Relationship relationship, String details,
			Instant declaredAt) {
		this.applicationId = applicationId;
		this.panelMember = panelMember;
		this.conflicted = relationship != null;
		this.relationship = relationship;
		this.details = details;
		this.declaredAt = declaredAt;
	}

	public String getPanelMember() {
		return panelMember;
	}

	public boolean isConflicted() {
		return conflicted;
	}

	public Relationship getRelationship() {
		return relationship;
	}

	public String getDetails() {
		return details;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}

}
