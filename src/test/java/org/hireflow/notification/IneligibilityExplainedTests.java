package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;

import org.hireflow.application.ApplicationStatus;
import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Mailbox;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Category;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every knock-out rule of {@code eligibility.dmn}, broken once in English and once in
 * French: the candidate's email names the rule and the data it used (what the notice
 * requires, what the candidate said). A rule added to the table without a case here fails
 * the last test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IneligibilityExplainedTests {

	/** How each notice is stated: the fixture's, category B, either way round. */
	enum Notice {

		FIXTURE, CATEGORY_B, EITHER_WAY

	}

	record Case(String rule, Notice notice, Consumer<Pipeline.ProfileBuilder> breaks, String english, String french) {
	}

	@Autowired
	Pipeline pipeline;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	@Autowired
	TestClock clock;

	final Map<Notice, Vacancy> notices = new EnumMap<>(Notice.class);

	Stream<Arguments> cases() {
		return Stream.of(OfficialLanguage.EN, OfficialLanguage.FR)
			.flatMap(language -> cases(language).stream().map(c -> Arguments.of(c.rule(), language, c)));
	}

	java.util.List<Case> cases(OfficialLanguage language) {
		LocalDate start = vacancy(Notice.FIXTURE).getExpectedStartDate();
		String startDate = start
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
		return java.util.List.of(
				new Case("NATIONALITY", Notice.FIXTURE, p -> p.nationality = "CH",
						"You must be a national of a member state; Switzerland, the nationality you applied under, "
								+ "is not one.",
						"Vous devez être ressortissant(e) d’un État membre ; Suisse, la nationalité sous laquelle vous "
								+ "avez postulé, n’en est pas un."),
				new Case("AGE_UNDER_21", Notice.FIXTURE, p -> p.dateOfBirth = start.minusYears(20),
						"You must be at least 21 years old on the expected start date of the post (" + startDate
								+ "); you will be 20.",
						"Vous devez avoir au moins 21 ans à la date prévue d’entrée en fonctions (" + startDate
								+ ") ; vous aurez 20 ans."),
				new Case("AGE_60_OR_OVER", Notice.FIXTURE, p -> p.dateOfBirth = start.minusYears(61),
						"You must be under 60 on the expected start date of the post (" + startDate
								+ "); you will be 61.",
						"Vous devez avoir moins de 60 ans à la date prévue d’entrée en fonctions (" + startDate
								+ ") ; vous aurez 61 ans."),
				new Case("ENGLISH_LEVEL", Notice.FIXTURE, p -> p.english = 2,
						"The vacancy notice requires English at level IV; your level: II.",
						"L’avis de vacance exige l’anglais au niveau IV ; votre niveau : II."),
				new Case("FRENCH_LEVEL", Notice.FIXTURE, p -> p.french = 0,
						"The vacancy notice requires French at level II (this category of post requires both official "
								+ "languages); your level: none.",
						"L’avis de vacance exige le français au niveau II (cette catégorie de poste exige les deux "
								+ "langues officielles) ; votre niveau : aucun."),
				new Case("OFFICIAL_LANGUAGE", Notice.CATEGORY_B, p -> {
					p.english = 3;
					p.french = 1;
				}, "The vacancy notice requires at least one of its official languages at the level it states "
						+ "(English: IV; French: II); you stated English: III; French: I.",
						"L’avis de vacance exige au moins une de ses langues officielles au niveau qu’il indique "
								+ "(anglais : IV ; français : II) ; vous avez indiqué anglais : III ; français : I."),
				new Case("LANGUAGES_EITHER_WAY", Notice.EITHER_WAY, p -> {
					p.english = 3;
					p.french = 3;
				}, "The vacancy notice requires one official language at level IV and the other at level I, either "
						+ "way round; you stated English: III; French: III.",
						"L’avis de vacance exige une langue officielle au niveau IV et l’autre au niveau I, dans un sens "
								+ "ou dans l’autre ; vous avez indiqué anglais : III ; français : III."),
				new Case("DEGREE_CATEGORY", Notice.FIXTURE, p -> p.degree = Degree.VOCATIONAL,
						"Posts of category A require a university degree (bachelor or higher); your highest degree: "
								+ "Vocational qualification.",
						"Les postes de catégorie A exigent un diplôme universitaire (licence ou plus) ; votre diplôme "
								+ "le plus élevé : Formation professionnelle."),
				new Case("DEGREE", Notice.FIXTURE, p -> p.degree = Degree.BACHELOR,
						"The vacancy notice requires at least this degree: Master; your highest degree: Bachelor.",
						"L’avis de vacance exige au moins ce diplôme : Master ; votre diplôme le plus élevé : Licence "
								+ "(bachelor)."),
				new Case("EXPERIENCE", Notice.FIXTURE, p -> p.years = 1,
						"The vacancy notice requires 2 years of relevant experience; you stated 1.",
						"L’avis de vacance exige 2 années d’expérience pertinente ; vous en avez indiqué 1."),
				new Case("MILITARY_SERVICE", Notice.FIXTURE, p -> p.militaryServiceMet = false,
						"You declared that your military-service obligations are not met.",
						"Vous avez déclaré ne pas avoir rempli vos obligations militaires."),
				new Case("RELATED_TO_STAFF", Notice.FIXTURE, p -> p.relatedToStaff = true,
						"You declared that you are closely related to a member of staff.",
						"Vous avez déclaré avoir un lien de parenté proche avec un membre du personnel."));
	}

	Vacancy vacancy(Notice notice) {
		return notices.computeIfAbsent(notice, n -> {
			VacancyDraft fixture = Fixtures.vacancyDraft(clock, "rita", java.util.List.of("paul", "petra", "pedro"),
					"paul");
			return pipeline.openVacancy(switch (n) {
				case FIXTURE -> fixture;
				case EITHER_WAY -> Fixtures.eitherWay(fixture);
				case CATEGORY_B -> new VacancyDraft(fixture.title(), Category.B, "B.5", fixture.division(),
						fixture.location(), fixture.posts(), fixture.closingAt(), fixture.expectedStartDate(),
						fixture.minDegree(), fixture.minYearsExperience(), fixture.languageRequirements(),
						fixture.languageRule(), fixture.questions(), fixture.competencies(), fixture.hiringManager(),
						fixture.recruiters(), fixture.panel(), fixture.assessmentPassMark(), fixture.blindScreening());
			});
		});
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("cases")
	void each_refusal_names_the_rule_and_the_data_it_used_in_the_candidates_language(String rule,
			OfficialLanguage language, Case broken) {
		String reference = pipeline.apply(vacancy(broken.notice()), profile -> {
			profile.language = language;
			broken.breaks().accept(profile);
		});

		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.INELIGIBLE);
		assertThat(pipeline.application(reference).getOutcomeReason()).as("the rule that failed").isNotBlank();
		dispatcher.dispatchDue();
		String email = pipeline.application(reference).getCandidate().getEmail();
		var refusal = new Mailbox(smtp).to(email)
			.stream()
			.filter(message -> Mailbox.subject(message)
				.endsWith(language == OfficialLanguage.FR ? "éligibilité" : "eligibility"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no eligibility email to " + email));
		assertThat(Mailbox.text(refusal).replaceAll("\\s+", " "))
			.contains(language == OfficialLanguage.FR ? broken.french() : broken.english());
		assertThat(Mailbox.html(refusal)).contains(language == OfficialLanguage.FR ? "lang=\"fr\"" : "lang=\"en\"");
	}

	@Test
	void every_knock_out_rule_of_the_decision_table_has_its_case_here() throws IOException {
		Matcher outputs = Pattern.compile("<text>\"([A-Z_0-9]+)\"</text>")
			.matcher(Files.readString(Path.of("bpmn/eligibility.dmn")));
		Set<String> named = new TreeSet<>();
		while (outputs.find()) {
			named.add(outputs.group(1));
		}
		named.removeAll(Set.of("ELIGIBLE", "A", "EACH", "EITHER_WAY"));

		assertThat(cases(OfficialLanguage.EN).stream().map(Case::rule).collect(java.util.stream.Collectors.toSet()))
			.isEqualTo(named);
	}

}
