package org.hireflow.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.platform.domain.OfficialLanguageConverter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A vacancy notice: one competition for one or more posts. Guards its own state: applications are accepted
 * strictly before the closing instant, whatever any job has or has not done yet.
 */
@Entity
public class Vacancy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private String title;

	@Enumerated(EnumType.STRING)
	private Category category;

	private String grade;

	private String division;

	private String location;

	private int posts;

	private Instant publicationAt;

	private Instant closingAt;

	private String timeZone;

	private LocalDate expectedStartDate;

	@Enumerated(EnumType.STRING)
	private Degree minDegree;

	private int minYearsExperience;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "vacancy_language_requirement", joinColumns = @JoinColumn(name = "vacancy_id"))
	@MapKeyColumn(name = "language")
	@Convert(converter = OfficialLanguageConverter.class, attributeName = "key")
	@Column(name = "min_level")
	private Map<OfficialLanguage, Integer> languageRequirements = new EnumMap<>(OfficialLanguage.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "vacancy_question", joinColumns = @JoinColumn(name = "vacancy_id"))
	@OrderColumn(name = "position")
	private List<Question> questions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "vacancy_competency", joinColumns = @JoinColumn(name = "vacancy_id"))
	@OrderColumn(name = "position")
	private List<Competency> competencies = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private VacancyStatus status;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Vacancy() {
	}

	Vacancy(String reference, VacancyDraft draft, String createdBy, Instant now) {
		this.reference = reference;
		this.title = draft.title();
		this.category = draft.category();
		this.grade = draft.grade();
		this.division = draft.division();
		this.location = draft.location();
		this.posts = draft.posts();
		this.closingAt = draft.closingAt().toInstant();
		this.timeZone = draft.closingAt().getZone().getId();
		this.expectedStartDate = draft.expectedStartDate();
		this.minDegree = draft.minDegree();
		this.minYearsExperience = draft.minYearsExperience();
		this.languageRequirements.putAll(draft.languageRequirements());
		this.questions.addAll(draft.questions());
		this.competencies.addAll(draft.competencies());
		this.status = VacancyStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Applications are taken while published and strictly before the closing instant. */
	public boolean acceptsApplicationsAt(Instant now) {
		return status == VacancyStatus.PUBLISHED && now.isBefore(closingAt);
	}

	void publish(Instant now) {
		if (status != VacancyStatus.DRAFT && status != VacancyStatus.APPROVAL) {
			throw new VacancyNotInStatus(reference, status, "publish");
		}
		if (!now.isBefore(closingAt)) {
			throw new VacancyNotInStatus(reference, status, "publish after its closing date");
		}
		this.status = VacancyStatus.PUBLISHED;
		this.publicationAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public String getTitle() {
		return title;
	}

	public Category getCategory() {
		return category;
	}

	public String getGrade() {
		return grade;
	}

	public String getDivision() {
		return division;
	}

	public String getLocation() {
		return location;
	}

	public int getPosts() {
		return posts;
	}

	public Instant getPublicationAt() {
		return publicationAt;
	}

	public Instant getClosingAt() {
		return closingAt;
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(timeZone);
	}

	public LocalDate getExpectedStartDate() {
		return expectedStartDate;
	}

	public Degree getMinDegree() {
		return minDegree;
	}

	public int getMinYearsExperience() {
		return minYearsExperience;
	}

	public Map<OfficialLanguage, Integer> getLanguageRequirements() {
		return Map.copyOf(languageRequirements);
	}

	public List<Question> getQuestions() {
		return List.copyOf(questions);
	}

	public List<Competency> getCompetencies() {
		return List.copyOf(competencies);
	}

	public VacancyStatus getStatus() {
		return status;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
