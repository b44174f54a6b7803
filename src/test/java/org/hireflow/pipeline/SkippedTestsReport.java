package org.hireflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs after the test suite, with the process coverage check (its own Surefire execution
 * in the verify phase, output on the console): the suite's output goes to
 * {@code target/surefire-reports/*-output.txt} so that a green build's console is quiet,
 * and this says on the console which tests were skipped and why. A skip that gives no
 * reason fails the build.
 */
class SkippedTestsReport {

	@Test
	void every_skipped_test_is_named_on_the_console_with_its_reason() throws Exception {
		List<String> skipped = new ArrayList<>();
		Path reports = Path.of("target/surefire-reports");
		List<Path> files;
		try (Stream<Path> listed = Files.exists(reports) ? Files.list(reports) : Stream.empty()) {
			files = listed.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
		}
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		for (Path file : files) {
			Document report = factory.newDocumentBuilder().parse(file.toFile());
			NodeList cases = report.getElementsByTagName("testcase");
			for (int i = 0; i < cases.getLength(); i++) {
				Element testCase = (Element) cases.item(i);
				NodeList skips = testCase.getElementsByTagName("skipped");
				if (skips.getLength() > 0) {
					String reason = ((Element) skips.item(0)).getAttribute("message");
					assertThat(reason).as(testCase.getAttribute("classname") + " was skipped without saying why")
						.isNotBlank();
					skipped
						.add(testCase.getAttribute("classname") + "." + testCase.getAttribute("name") + ": " + reason);
				}
			}
		}
		StringBuilder console = new StringBuilder("\nSkipped tests: ").append(skipped.size()).append('\n');
		skipped.forEach(line -> console.append("  ").append(line).append('\n'));
		System.out.println(console);
	}

}
