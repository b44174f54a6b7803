package org.hireflow.platform.web;

import java.io.IOException;

import org.hireflow.platform.HireflowProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds the JSON bodies of the service's API. Multipart uploads are bounded by the
 * servlet container ({@code spring.servlet.multipart.*}). A declared length over the
 * limit is refused before reading; a chunked body is cut off when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemWriter problems;

	RequestSizeLimitFilter(HireflowProperties properties, ProblemWriter problems) {
		this.limit = properties.intake().maxJsonBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !request.getRequestURI().startsWith("/api/")
				|| (contentType != null && contentType.toLowerCase().startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
					"The request body exceeds " + limit + " bytes.");
			return;
		}
		chain.doFilter(new Bounded(request, limit), response);
	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > limit) {
						throw new PayloadTooLarge(limit);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > limit) {
						throw new PayloadTooLarge(limit);
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
