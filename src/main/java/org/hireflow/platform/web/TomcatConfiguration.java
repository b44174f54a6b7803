package org.hireflow.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers "Expect: 100-continue" only when the service actually reads the body, so that a
 * client announcing a body over the limit gets its 413 without sending the body first.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/**
	 * Runs after Spring Boot's own customizer, which adds a plain ErrorReportValve: that
	 * one is replaced by the one that answers with problem details.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(TomcatServletWebServerFactory factory) {
				factory.addContextCustomizers(context -> {
					StandardHost host = (StandardHost) context.getParent();
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					host.getPipeline().addValve(new ProblemErrorReportValve());
				});
			}

		};
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnRead() {
		return factory -> factory
			.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
	}

}
