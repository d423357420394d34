package org.pilotage.governance;

import java.util.Locale;

import org.pilotage.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refused request of a governance page on the error page, with the page's own message where it has one: for a
 * page whose messages start with {@code prefix}, {@code prefix.problem.<code>} for a refusal,
 * {@code prefix.invalid.<code>} of its first field error for bad input, the general {@code problem.<code>} otherwise.
 */
final class ProblemPage {

	private ProblemPage() {
	}

	static ModelAndView of(Problem problem, String prefix, HttpServletResponse response, MessageSource messages,
			Locale locale) {
		String own = problem.fieldErrors().isEmpty() ? prefix + ".problem." + problem.code()
				: prefix + ".invalid." + problem.fieldErrors().get(0).code();
		response.setStatus(problem.status().value());
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", problem.status().value());
		boolean ours = messages.getMessage(own, null, null, locale) != null;
		view.addObject("messageKey", ours ? own : "problem." + problem.code());
		return view;
	}
}
