package org.hireflow.security;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine grants staff their tasks by process definition (see {@link IdentitySetup}):
 * one authorization row per role group, instead of Camunda's default of one row per task
 * and person. With rows per task, the engine's authorization check joins every open task
 * with every row (measured: 25–60 s for one Tasklist page at 20,400 open applications).
 * Who may see and work one task is decided from the task itself ({@code TaskPeople}), by
 * the engine API firewall, the task-completion guard and the task context alike.
 */
@Component
class TaskGrants implements ProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(TaskGrants.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new WithoutRowsPerTask());
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
	}

	/**
	 * Rows per task that earlier versions wrote are deleted once: nothing reads them, and
	 * every task query would still join them.
	 */
	@Override
	public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		int deleted = new JdbcTemplate(configuration.getDataSource()).update(
				"delete from act_ru_authorization where resource_type_ = ? and resource_id_ <> '*'",
				Resources.TASK.resourceType());
		if (deleted > 0) {
			LOG.info("Deleted {} task authorizations of earlier versions (tasks are granted by process definition)",
					deleted);
		}
	}

	/**
	 * Camunda's provider for everything else (users, groups, filters, deployments …),
	 * none for tasks.
	 */
	static class WithoutRowsPerTask extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newTask(Task task) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
			return null;
		}

		@Override
		public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
			return null;
		}

		@Override
		public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
			return null;
		}

		@Override
		public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
			return null;
		}

	}

}
