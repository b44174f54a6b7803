package org.hireflow.platform.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers "Expect: 100-continue" only when the service actually reads the body, so that a client announcing a
 * body over the limit gets its 413 without sending the body first.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnRead() {
		return factory -> factory
			.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
	}

}
