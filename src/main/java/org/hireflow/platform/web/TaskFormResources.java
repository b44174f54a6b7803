package org.hireflow.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the embedded Tasklist forms from {@code bpmn/forms/} (on the classpath as
 * {@code bpmn/forms/}) at {@code /forms/…}, the address their form keys name
 * ({@code embedded:/forms/screening.html}). They hold no data: each fetches what it shows
 * from the API with the Tasklist session.
 */
@Configuration(proxyBeanMethods = false)
class TaskFormResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/forms/*.html")
			.addResourceLocations("classpath:/bpmn/forms/")
			.setCacheControl(CacheControl.maxAge(Duration.ofMinutes(5)));
	}

}
