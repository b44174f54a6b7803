package org.hireflow.interview;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

/**
 * One panel member's evaluation of one candidate: a score 1–5 per criterion, a
 * recommendation, a comment.
 */
@Entity
public class PanelEvaluation {

	public enum Recommendation {

		SELECT, RESERVE, REJECT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String panelMember;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "panel_evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "criterion")
	@Column(name = "score")
	private Map<String, Integer> scores = new HashMap<>();

	@Enumerated(EnumType.STRING)
	private Recommendation recommendation;

	private String comment;

	private Instant submittedAt;

	protected PanelEvaluation() {
	}

	PanelEvaluation(Long applicationId, String panelMember, Map<String, Integer> scores, Recommendation recommendation,
			String comment, Instant submittedAt) {
		this.applicationId = applicationId;
		this.panelMember = panelMember;
		this.scores.putAll(scores);
		this.recommendation = recommendation;
		this.comment = comment;
		this.submittedAt = submittedAt;
	}

	public String getPanelMember() {
		return panelMember;
	}

	public Map<String, Integer> getScores() {
		return Map.copyOf(scores);
	}

	public Recommendation getRecommendation() {
		return recommendation;
	}

	public String getComment() {
		return comment;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

}
