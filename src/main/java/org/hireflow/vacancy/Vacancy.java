package org.hireflow.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.platform.domain.OfficialLanguageConverter;
import org.hireflow.platform.domain.RuleViolated;

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
 * A vacancy notice: one competition for one or more posts. Guards its own state:
 * applications are accepted strictly before the closing instant, whatever any job has or
 * has not done yet.
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

	@Enumerated(EnumType.STRING)
	private LanguageRule languageRule = LanguageRule.EACH;

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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "vacancy_staff", joinColumns = @JoinColumn(name = "vacancy_id"))
	private Set<StaffMember> staff = new HashSet<>();

	private String hiringManager;

	private int assessmentPassMark;

	private boolean blindScreening;

	private int filledPosts;

	private String processInstanceId;

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
		this.languageRule = draft.languageRule() == null ? LanguageRule.EACH : draft.languageRule();
		if (languageRule == LanguageRule.EITHER_WAY
				&& languageRequirements.size() != OfficialLanguage.values().length) {
			throw new RuleViolated("rule.either-way-levels",
					"A notice that states its languages either way round gives a level for each official language.");
		}
		this.questions.addAll(draft.questions());
		this.competencies.addAll(draft.competencies());
		this.hiringManager = draft.hiringManager();
		draft.recruiters().forEach(recruiter -> staff.add(StaffMember.recruiter(recruiter)));
		this.staff.addAll(draft.panel().asStaff());
		this.assessmentPassMark = draft.assessmentPassMark();
		this.blindScreening = draft.blindScreening();
		this.status = VacancyStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Applications are taken while published and strictly before the closing instant. */
	public boolean acceptsApplicationsAt(Instant now) {
		return status == VacancyStatus.PUBLISHED && now.isBefore(closingAt);
	}

	/** The requisition goes to the hiring manager and HR for approval. */
	void submitForApproval() {
		requireStatus("submit for approval", VacancyStatus.DRAFT);
		this.status = VacancyStatus.APPROVAL;
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void publish(Instant now) {
		requireStatus("publish", VacancyStatus.DRAFT, VacancyStatus.APPROVAL);
		if (!now.isBefore(closingAt)) {
			throw new VacancyNotInStatus(reference, status, "publish after its closing date");
		}
		this.status = VacancyStatus.PUBLISHED;
		this.publicationAt = now;
	}

	/** Moves the closing date later, while applications are still being taken. */
	void extendClosingDate(ZonedDateTime newClosing, Instant now) {
		if (!acceptsApplicationsAt(now)) {
			throw new VacancyNotInStatus(reference, status, "extend a closing date that has passed");
		}
		if (!newClosing.toInstant().isAfter(closingAt)) {
			throw new RuleViolated("rule.closing-later", "The new closing date must be later than the current one.");
		}
		moveClosingTo(newClosing);
	}

	/**
	 * Stops taking applications; a vacancy whose posts were all filled meanwhile stays
	 * filled.
	 */
	void close() {
		if (status == VacancyStatus.PUBLISHED) {
			this.status = VacancyStatus.CLOSED;
		}
	}

	/**
	 * Publishes the notice again with a new closing date, after the reserve list ran out.
	 */
	void readvertise(ZonedDateTime newClosing, Instant now) {
		requireStatus("re-advertise", VacancyStatus.CLOSED);
		if (!newClosing.toInstant().isAfter(now)) {
			throw new RuleViolated("rule.closing-future", "The new closing date must be in the future.");
		}
		moveClosingTo(newClosing);
		this.status = VacancyStatus.PUBLISHED;
	}

	private void moveClosingTo(ZonedDateTime newClosing) {
		this.closingAt = newClosing.toInstant();
		this.timeZone = newClosing.getZone().getId();
	}

	/**
	 * Counts one more post as filled.
	 * @return whether every post is now filled
	 */
	boolean recordHire() {
		if (filledPosts >= posts) {
			throw new VacancyNotInStatus(reference, status, "fill more than " + posts + " post(s)");
		}
		filledPosts++;
		if (filledPosts == posts) {
			this.status = VacancyStatus.FILLED;
		}
		return status == VacancyStatus.FILLED;
	}

	void cancel() {
		requireStatus("cancel", VacancyStatus.DRAFT, VacancyStatus.APPROVAL, VacancyStatus.PUBLISHED,
				VacancyStatus.CLOSED);
		this.status = VacancyStatus.CANCELLED;
	}

	void replacePanel(Panel panel) {
		staff.removeIf(member -> member.role() == StaffMember.Role.PANEL);
		staff.addAll(panel.asStaff());
	}

	private void requireStatus(String action, VacancyStatus... allowed) {
		for (VacancyStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new VacancyNotInStatus(reference, status, action);
	}

	public Requirements getRequirements() {
		return new Requirements(category, expectedStartDate, languageRequirements, languageRule, minDegree,
				minYearsExperience);
	}

	public boolean isOpen() {
		return status == VacancyStatus.PUBLISHED;
	}

	public List<String> getRecruiters() {
		return staff.stream()
			.filter(member -> member.role() == StaffMember.Role.RECRUITER)
			.map(StaffMember::userId)
			.sorted()
			.toList();
	}

	public Panel getPanel() {
		return Panel.of(staff.stream().sorted(java.util.Comparator.comparing(StaffMember::userId)).toList());
	}

	public String getHiringManager() {
		return hiringManager;
	}

	public int getAssessmentPassMark() {
		return assessmentPassMark;
	}

	public boolean isBlindScreening() {
		return blindScreening;
	}

	public int getFilledPosts() {
		return filledPosts;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	/** What events about this vacancy's candidates carry. */
	public VacancyFacts facts() {
		return new VacancyFacts(id, reference, title, getTimeZone());
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

	public LanguageRule getLanguageRule() {
		return languageRule;
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
