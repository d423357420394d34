package org.pilotage.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.pilotage.shared.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose service refused the request (not found, forbidden, bad input in the address) shows the
 * layout's error page with a translated message and the right status, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemHandler {

	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem, HttpServletResponse response) {
		return page(response, problem.status().value(), "problem." + problem.code());
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badAddress(Exception failure, HttpServletResponse response) {
		return page(response, 400, "error.badRequest");
	}

	private static ModelAndView page(HttpServletResponse response, int status, String messageKey) {
		response.setStatus(status);
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status);
		view.addObject("messageKey", messageKey);
		return view;
	}
}
