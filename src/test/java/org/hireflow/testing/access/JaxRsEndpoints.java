package org.hireflow.testing.access;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Every operation of a set of JAX-RS root resources — the engine REST API, the webapps'
 * APIs — found by walking their annotations and sub-resource locators, as "METHOD
 * /path/{param}".
 */
public final class JaxRsEndpoints {

	private JaxRsEndpoints() {
	}

	public static Set<String> of(Collection<Class<?>> roots) {
		Set<String> operations = new TreeSet<>();
		for (Class<?> root : roots) {
			Path path = annotation(root);
			if (path != null) {
				walk(root, join("", path.value()), 0, operations);
			}
		}
		return operations;
	}

	private static void walk(Class<?> type, String prefix, int depth, Set<String> operations) {
		if (depth > 8) {
			return;
		}
		for (Method method : methods(type).values()) {
			Path path = method.getAnnotation(Path.class);
			String full = path == null ? prefix : join(prefix, path.value());
			String httpMethod = httpMethod(method);
			if (httpMethod != null) {
				operations.add(httpMethod + " " + (full.isEmpty() ? "/" : full));
			}
			else if (path != null) {
				walk(method.getReturnType(), full, depth + 1, operations);
			}
		}
	}

	/**
	 * Methods carrying JAX-RS annotations, found on the type, its interfaces and
	 * superclasses.
	 */
	private static Map<String, Method> methods(Class<?> type) {
		Map<String, Method> methods = new LinkedHashMap<>();
		collect(type, methods);
		return methods;
	}

	private static void collect(Class<?> type, Map<String, Method> methods) {
		if (type == null || type == Object.class) {
			return;
		}
		for (Method method : type.getDeclaredMethods()) {
			if (httpMethod(method) != null || method.getAnnotation(Path.class) != null) {
				methods.putIfAbsent(method.getName() + Arrays.toString(method.getParameterTypes()), method);
			}
		}
		for (Class<?> contract : type.getInterfaces()) {
			collect(contract, methods);
		}
		collect(type.getSuperclass(), methods);
	}

	private static Path annotation(Class<?> type) {
		for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
			if (k.getAnnotation(Path.class) != null) {
				return k.getAnnotation(Path.class);
			}
			for (Class<?> contract : k.getInterfaces()) {
				if (contract.getAnnotation(Path.class) != null) {
					return contract.getAnnotation(Path.class);
				}
			}
		}
		return null;
	}

	private static String httpMethod(Method method) {
		for (Annotation annotation : method.getAnnotations()) {
			HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
			if (http != null) {
				return http.value();
			}
		}
		return null;
	}

	/**
	 * Joins path pieces and drops template regexes ({@code {file:.*}} → {@code {file}}).
	 */
	private static String join(String prefix, String path) {
		String piece = path.replaceAll("\\{([^:}]+):[^}]*}", "{$1}").replaceAll("/+$", "");
		if (piece.isEmpty()) {
			return prefix;
		}
		return prefix + (piece.startsWith("/") ? piece : "/" + piece);
	}

}
