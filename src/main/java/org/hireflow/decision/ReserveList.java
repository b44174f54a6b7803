package org.hireflow.decision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The reserve lists of all vacancies; ranked by the chair's order, then by aggregate
 * score, then by time.
 */
public interface ReserveList extends JpaRepository<ReserveListEntry, Long> {

	@Query("""
			select e from ReserveListEntry e
			where e.vacancyId = ?1 and e.status = org.hireflow.decision.ReserveListEntry.Status.WAITING
			order by e.rankOverride asc nulls last, e.aggregateScore desc, e.placedAt asc""")
	List<ReserveListEntry> waiting(Long vacancyId);

}
