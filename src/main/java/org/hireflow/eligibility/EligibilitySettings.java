package org.hireflow.eligibility;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param memberStates ISO 3166-1 alpha-2 codes of the member states whose nationals may
 * apply (default: the 32 NATO members)
 */
@ConfigurationProperties("hireflow.eligibility")
public record EligibilitySettings(@DefaultValue( {
		"AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU",
		"ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US" }) Set<String> memberStates){
}
