package org.hireflow.platform.process;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Two people changing one case at the same moment collide in the engine too (its own
 * optimistic lock): what a service asked of a process through its workflow port
 * ({@code Camunda*Workflow}) then fails as Spring's
 * {@link OptimisticLockingFailureException}, the same refusal as a collision on our own
 * tables (409 {@code concurrent-change}), and the code outside the process glue never has
 * to know the engine. The engine's own callers (the job executor, delegates) are
 * untouched: it retries its jobs on this exception.
 */
@Aspect
@Component
class EngineConflicts {

	@Around("within(org.hireflow..process.Camunda*Workflow) && execution(public * *(..))")
	Object asConcurrentChange(ProceedingJoinPoint call) throws Throwable {
		try {
			return call.proceed();
		}
		catch (OptimisticLockingException collided) {
			throw new OptimisticLockingFailureException(collided.getMessage(), collided);
		}
	}

}
