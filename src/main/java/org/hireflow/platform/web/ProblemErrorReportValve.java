package org.hireflow.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own refusals — a request it will not hand to the service at all, such as an
 * encoded NUL or backslash in the path — as problem details too, instead of Tomcat's HTML
 * page. Everything the service answers itself is left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable failure) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String title = status == 404 ? "Not found" : status >= 500 ? "Internal error" : "Request rejected";
		String type = status == 404 ? "not-found" : status >= 500 ? "internal-error" : "request-rejected";
		String body = "{\"type\":\"" + Problem.TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"The request was refused before it reached the service.\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ignored) {
			// the client is gone or the response was taken over: nothing more to tell
		}
	}

}
