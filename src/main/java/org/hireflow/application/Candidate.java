package org.hireflow.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;

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
import jakarta.persistence.Version;

/**
 * A person who applies, known by their normalised email. Created from the first
 * submission; later submissions are matched to it and never overwrite it.
 */
@Entity
public class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String givenName;

	private String familyName;

	private LocalDate dateOfBirth;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "candidate_nationality", joinColumns = @JoinColumn(name = "candidate_id"))
	@Column(name = "country")
	private Set<String> nationalities = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "candidate_language", joinColumns = @JoinColumn(name = "candidate_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "level")
	private Map<String, Integer> languages = new HashMap<>();

	@Enumerated(EnumType.STRING)
	private Degree highestDegree;

	private int yearsExperience;

	private String correspondenceLanguage;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Candidate() {
	}

	Candidate(String normalisedEmail, CandidateProfile profile, OfficialLanguage correspondence, Instant now) {
		this.email = normalisedEmail;
		this.givenName = profile.givenName();
		this.familyName = profile.familyName();
		this.dateOfBirth = profile.dateOfBirth();
		this.nationalities.addAll(profile.nationalities());
		this.languages.putAll(profile.languages());
		this.highestDegree = profile.highestDegree();
		this.yearsExperience = profile.yearsOfExperience();
		this.correspondenceLanguage = correspondence.code();
		this.createdAt = now;
	}

	/**
	 * The candidate makes what one of their applications says their record (only with
	 * their status link).
	 */
	void adopt(CandidateProfile profile, Instant now) {
		this.givenName = profile.givenName();
		this.familyName = profile.familyName();
		this.dateOfBirth = profile.dateOfBirth();
		this.nationalities.clear();
		this.nationalities.addAll(profile.nationalities());
		this.languages.clear();
		this.languages.putAll(profile.languages());
		this.highestDegree = profile.highestDegree();
		this.yearsExperience = profile.yearsOfExperience();
		this.updatedAt = now;
	}

	void writeIn(OfficialLanguage correspondence, Instant now) {
		if (!correspondence.code().equals(correspondenceLanguage)) {
			this.correspondenceLanguage = correspondence.code();
			this.updatedAt = now;
		}
	}

	/** Whether the record says something else than this submission did. */
	public boolean differsFrom(CandidateProfile profile) {
		return !(givenName.equals(profile.givenName()) && familyName.equals(profile.familyName())
				&& dateOfBirth.equals(profile.dateOfBirth()) && nationalities.equals(profile.nationalities())
				&& languages.equals(profile.languages()) && highestDegree == profile.highestDegree()
				&& yearsExperience == profile.yearsOfExperience());
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getGivenName() {
		return givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public Set<String> getNationalities() {
		return Set.copyOf(nationalities);
	}

	public Map<String, Integer> getLanguages() {
		return Map.copyOf(languages);
	}

	public Degree getHighestDegree() {
		return highestDegree;
	}

	public int getYearsExperience() {
		return yearsExperience;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public OfficialLanguage getCorrespondenceLanguage() {
		return OfficialLanguage.ofCode(correspondenceLanguage);
	}

}
