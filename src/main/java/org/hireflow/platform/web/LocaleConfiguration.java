package org.hireflow.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The candidate pages speak English or French: the browser's preference first,
 * {@code ?lang=fr} to switch (kept in a cookie).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("hireflow-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			Locale preferred = request.getLocale();
			return preferred != null && preferred.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(new SupportedLocalesOnly(interceptor)).excludePathPatterns("/api/**");
	}

	/** Only English and French can be chosen; anything else is ignored. */
	private record SupportedLocalesOnly(
			LocaleChangeInterceptor delegate) implements org.springframework.web.servlet.HandlerInterceptor {

		@Override
		public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Object handler)
				throws jakarta.servlet.ServletException {
			String lang = request.getParameter("lang");
			if (lang != null && SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(lang))) {
				return delegate.preHandle(request, response, handler);
			}
			return true;
		}

	}

}
