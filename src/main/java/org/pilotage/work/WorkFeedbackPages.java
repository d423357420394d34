package org.pilotage.work;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.FileType;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.FileTransfer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The attachments and satisfaction sections of the item page ({@code work/feedback.html}, included by
 * {@code work/detail.html}): upload, download and removal of attachments. A file refused for what it is (none,
 * too large, of a type not taken or not what it claims) brings the page back with that status (400, 413, 415)
 * and the reason in the attachments section; nothing is stored.
 */
@Controller
class WorkFeedbackPages {

	static final String SURVEY = "work/satisfaction";

	private final CurrentCaller callers;
	private final WorkAttachments attachments;
	private final SatisfactionSurveys surveys;
	private final WorkPages pages;

	WorkFeedbackPages(CurrentCaller callers, WorkAttachments attachments, SatisfactionSurveys surveys,
			WorkPages pages) {
		this.callers = callers;
		this.attachments = attachments;
		this.surveys = surveys;
		this.pages = pages;
	}

	@PostMapping("/work-items/{id}/attachments")
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String visibility, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			attachments.add(caller, id, null, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(),
					file == null ? null : FileTransfer.read(file), visibility);
			redirect.addFlashAttribute("workNotice", "work.notice.attached");
			return "redirect:/work-items/" + id + "#attachments";
		}
		catch (Problem problem) {
			HttpStatus status = problem.status();
			if (status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONTENT_TOO_LARGE
					|| status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
				response.setStatus(status.value());
				model.addAttribute("attachmentProblem", problem);
				return pages.detail(caller, id, Map.of(), Map.of(), model);
			}
			if (status == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("workProblem", problem);
			return "redirect:/work-items/" + id;
		}
	}

	@GetMapping("/work-items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return WorkAttachmentsApi.download(attachments.download(callers.require(), id, attachmentId));
	}

	@PostMapping("/work-items/{id}/attachments/{attachmentId}/delete")
	String remove(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			attachments.remove(caller, id, attachmentId, null);
			redirect.addFlashAttribute("workNotice", "work.notice.detached");
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("workProblem", problem);
		}
		return "redirect:/work-items/" + id + "#attachments";
	}

	/** The requester rates from the item page; a bad rating shows the page again with status 400. */
	@PostMapping("/work-items/{id}/satisfaction")
	String rate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			surveys.rate(caller, id, null, new SatisfactionSurveys.Rating(stars(rating), comment));
			redirect.addFlashAttribute("workNotice", "work.notice.rated");
			return "redirect:/work-items/" + id + "#satisfaction";
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.BAD_REQUEST) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("ratingErrors", pages.messages(problem.fieldErrors()));
				model.addAttribute("ratingComment", comment == null ? "" : comment);
				return pages.detail(caller, id, Map.of(), Map.of(), model);
			}
			if (problem.status() == HttpStatus.NOT_FOUND) {
				throw problem;
			}
			redirect.addFlashAttribute("workProblem", problem);
			return "redirect:/work-items/" + id;
		}
	}

	/**
	 * The public page of a one-time link: the item's key and title and the rating form, or why it cannot be
	 * answered (already answered, expired or replaced: 410, unknown: 404). No login; the form is protected by the
	 * page's CSRF token, and the link's secret is what allows the answer.
	 */
	@GetMapping("/satisfaction/{token}")
	String survey(@PathVariable String token, @RequestParam(required = false) @Nullable String thanks, Model model,
			HttpServletResponse response) {
		model.addAttribute("token", token);
		try {
			model.addAttribute("survey", surveys.publicView(token));
			model.addAttribute("thanks", thanks != null);
			model.addAttribute("errors", Map.of());
			model.addAttribute("comment", "");
			return SURVEY;
		}
		catch (Problem problem) {
			return refused(problem, model, response);
		}
	}

	@PostMapping("/satisfaction/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response) {
		model.addAttribute("token", token);
		try {
			surveys.answer(token, new SatisfactionSurveys.Rating(stars(rating), comment));
			return "redirect:/satisfaction/" + token + "?thanks";
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				return refused(problem, model, response);
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("survey", surveys.publicView(token));
			model.addAttribute("thanks", false);
			model.addAttribute("errors", pages.messages(problem.fieldErrors()));
			model.addAttribute("comment", comment == null ? "" : comment);
			return SURVEY;
		}
	}

	/** The survey page saying why it takes no answer, with the problem's status. */
	private static String refused(Problem problem, Model model, HttpServletResponse response) {
		response.setStatus(problem.status().value());
		model.addAttribute("refusal", problem.code());
		return SURVEY;
	}

	/** A rating from a form; what is not a number is out of range (0), which the service refuses with 400. */
	private static @Nullable Integer stars(@Nullable String rating) {
		if (rating == null || rating.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(rating.strip());
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

	/** An upload the container could not read whole: back to the item with the reason. */
	@ExceptionHandler(MultipartException.class)
	String unreadableUpload(MultipartException failure, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("workProblem", FileType.tooLarge());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "redirect:" + (path.matches("^/work-items/[0-9a-f-]{36}/attachments$")
				? path.substring(0, path.length() - "/attachments".length()) : "/engagements");
	}
}
