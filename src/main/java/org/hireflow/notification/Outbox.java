package org.hireflow.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Outbox extends JpaRepository<OutboxMessage, Long> {

	boolean existsByIdempotencyKey(String idempotencyKey);

	/**
	 * Due messages, locked for this transaction; rows another node is sending are
	 * skipped, so two dispatchers never send the same message.
	 */
	@Query(value = """
			select * from outbox_message
			where status = 'PENDING' and next_attempt_at <= ?1
			order by next_attempt_at, id
			limit ?2
			for update skip locked""", nativeQuery = true)
	List<OutboxMessage> lockDue(Instant now, int limit);

	long countByStatus(OutboxMessage.Status status);

	/** The oldest message of a status (the backlog's age). */
	java.util.Optional<OutboxMessage> findFirstByStatusOrderByCreatedAtAsc(OutboxMessage.Status status);

	Page<OutboxMessage> findByStatus(OutboxMessage.Status status, Pageable pageable);

	List<OutboxMessage> findByApplicationIdOrderById(Long applicationId);

}
