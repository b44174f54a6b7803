package org.hireflow.platform;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each stage may take and how the panel is made up
 * ({@code hireflow.pipeline.*}). The BPMN models read the durations through the
 * {@code pipeline} bean, so an organisation changes them without touching a model.
 *
 * @param panelMinimumMembers smallest panel allowed (the organisation's rule: three)
 * @param approvalDue time the hiring manager and HR each have to approve a requisition
 * @param screeningDue time a recruiter has to screen an application before it is
 * escalated
 * @param assessmentDue time to record an assessment result
 * @param declarationDue time each panel member has to declare conflicts of interest with
 * a candidate, and HR to appoint a substitute
 * @param schedulingDue time to schedule the panel interview
 * @param evaluationDue time each panel member has after the interview to record an
 * evaluation
 * @param decisionDue time the chair has to decide (and to justify divergent scores)
 * @param offerApprovalDue time HR has to approve an offer
 * @param offerValidity time a candidate has to answer an offer
 * @param reserveListValidity how long a place on a reserve list lasts
 * @param clearanceLead how long before the offer's start date both clearances are due; an
 * overdue clearance is escalated to HR then, still before the start date
 */
@ConfigurationProperties("hireflow.pipeline")
public record PipelineSettings(@DefaultValue("3") int panelMinimumMembers, @DefaultValue("P5D") Duration approvalDue,
		@DefaultValue("P5D") Duration screeningDue, @DefaultValue("P10D") Duration assessmentDue,
		@DefaultValue("P3D") Duration declarationDue, @DefaultValue("P5D") Duration schedulingDue,
		@DefaultValue("P2D") Duration evaluationDue, @DefaultValue("P5D") Duration decisionDue,
		@DefaultValue("P5D") Duration offerApprovalDue, @DefaultValue("P14D") Duration offerValidity,
		@DefaultValue("P12M") Period reserveListValidity, @DefaultValue("P14D") Duration clearanceLead) {
}
