package org.hireflow.memberstate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface MemberStates extends Repository<MemberState, String> {

	Optional<MemberState> findById(String code);

	List<MemberState> findAllByOrderByCode();

	MemberState save(MemberState state);

	void delete(MemberState state);

}
