package org.hireflow.interview;

import java.util.ArrayList;
import java.util.List;

import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.Vacancy;

/**
 * What a panel scores: the organisation's five core values, then the vacancy's own
 * competencies.
 */
public final class Criteria {

	public static final List<Competency> CORE_VALUES = List.of(
			new Competency("integrity", "Integrity",
					"Acts honestly and transparently; keeps commitments; 1 rarely … 5 always, also under pressure"),
			new Competency("impartiality", "Impartiality",
					"Treats people and options on their merits; 1 partial … 5 demonstrably neutral"),
			new Competency("loyalty", "Loyalty",
					"Serves the organisation's mission above other interests; 1 weak … 5 exemplary"),
			new Competency("accountability", "Accountability",
					"Owns decisions and results, reports problems early; 1 deflects … 5 owns fully"),
			new Competency("professionalism", "Professionalism",
					"Competent, thorough, courteous; 1 below standard … 5 role model"));

	private Criteria() {
	}

	public static List<Competency> of(Vacancy vacancy) {
		List<Competency> criteria = new ArrayList<>(CORE_VALUES);
		criteria.addAll(vacancy.getCompetencies());
		return criteria;
	}

}
