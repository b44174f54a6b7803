package org.hireflow.diversity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * Diversity data is kept apart: only intake (which takes it with the application) and
 * reporting (which counts it) know the module; no stage, process glue, task form, case
 * file or email does.
 */
class DiversityBoundaryTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hireflow");

	@Test
	void only_intake_and_reporting_touch_self_identification() {
		noClasses().that()
			.resideOutsideOfPackages("org.hireflow.diversity..", "org.hireflow.reporting..")
			.and()
			.doNotHaveFullyQualifiedName("org.hireflow.application.IntakeService")
			.and()
			.doNotHaveFullyQualifiedName("org.hireflow.application.Submission")
			.and()
			.resideOutsideOfPackage("org.hireflow.application.web")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.hireflow.diversity..")
			.because("screeners, panels and decision makers never see it: it is neither in the application, "
					+ "nor in a process variable, a task form, the case file or an email")
			.check(classes);
	}

	@Test
	void the_intake_web_layer_hands_it_on_and_does_nothing_else_with_it() {
		noClasses().that()
			.resideInAPackage("org.hireflow.application.web")
			.and()
			.doNotHaveSimpleName("ApplicationRequest")
			.and()
			.doNotHaveFullyQualifiedName("org.hireflow.application.web.ApplicationRequest$SelfIdentification")
			.and()
			.doNotHaveSimpleName("SubmissionReader")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.hireflow.diversity..")
			.check(classes);
	}

}
