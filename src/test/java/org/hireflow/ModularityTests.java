package org.hireflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The folder tree is the architecture; these rules keep it so. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(HireflowApplication.class);

	static final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hireflow");

	@Test
	void modules_depend_only_on_what_they_declare_and_on_no_internals_of_others() {
		modules.verify();
	}

	@Test
	void business_code_does_not_know_the_engine_only_process_glue_security_and_demo_do() {
		noClasses().that()
			.resideInAPackage("org.hireflow..")
			.and()
			.resideOutsideOfPackages("..process..", "org.hireflow.security..", "org.hireflow.demo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.because("services and entities hold the rules; the engine is reached through process glue")
			.check(classes);
	}

	@Test
	void delegates_and_glue_do_not_reach_into_repositories() {
		noClasses().that()
			.resideInAPackage("..process..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.because("delegates call one service; rules live in services and entities")
			.check(classes);
	}

	@Test
	void only_notification_talks_to_smtp() {
		noClasses().that()
			.resideOutsideOfPackages("org.hireflow.notification..", "org.hireflow.platform.embedded..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..")
			.check(classes);
	}

	@Test
	void only_the_embedded_profile_uses_the_embedded_infrastructure() {
		noClasses().that()
			.resideOutsideOfPackage("org.hireflow.platform.embedded..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.zonky..", "com.icegreen..")
			.check(classes);
	}

	@Test
	void writes_module_documentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
