package org.pilotage.identity;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every rendered page what the layout needs: the signed-in caller (for the navigation by role) and
 * the current path (for the active link and the language switcher). Runs only when a view is rendered,
 * never for API calls.
 */
@Configuration(proxyBeanMethods = false)
class ShellModel implements WebMvcConfigurer, HandlerInterceptor {

	private final CurrentCaller callers;

	ShellModel(CurrentCaller callers) {
		this.callers = callers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/img/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		callers.find().ifPresent(caller -> view.addObject("me", caller));
		view.addObject("currentPath", currentPath(request));
	}

	/**
	 * The address asked for, which an error page (rendered at /error) must keep for its language switcher;
	 * anything a browser could read as another host ({@code //x}, {@code /\x}) becomes the home page.
	 */
	private static String currentPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
		return local ? path : "/";
	}
}
