package org.hireflow.reporting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hireflow.reporting.*}.
 *
 * @param underRepresentedNationalities member states (ISO codes) whose nationals are
 * under-represented on the staff: flagged in the nationality table so that outreach can
 * follow them — a flag, never a quota
 */
@ConfigurationProperties("hireflow.reporting")
public record ReportSettings(@DefaultValue( {
	}) List<String> underRepresentedNationalities){
}
