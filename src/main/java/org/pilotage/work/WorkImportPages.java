package org.pilotage.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: upload a CSV or JSON file (told apart by its first character), check it only or import it. A
 * file with bad rows comes back with status 400 and a table of every bad field of every bad row; a file that cannot
 * be read at all, with the reason. The page goes through {@link WorkImports} like the API.
 */
@Controller
class WorkImportPages {

	static final String VIEW = "work/import";

	/** The number in a message such as "is also the key of row 3" or "was already imported as #12". */
	private static final Pattern LAST_NUMBER = Pattern.compile("(#?\\d+)\\D*$");

	private final CurrentCaller callers;
	private final WorkItems work;
	private final WorkImports imports;
	private final Engagements engagements;
	private final MessageSource messages;
	private final long maxBytes;

	WorkImportPages(CurrentCaller callers, WorkItems work, WorkImports imports, Engagements engagements,
			MessageSource messages, @Value("${pilotage.api.max-import-bytes}") long maxBytes) {
		this.callers = callers;
		this.work = work;
		this.imports = imports;
		this.engagements = engagements;
		this.messages = messages;
		this.maxBytes = maxBytes;
	}

	/** A bad field as the page shows it: the row, its line, its external key, the field's label and the message. */
	record ReportLine(int row, @Nullable Integer line, @Nullable String externalKey, String field, String message) {
	}

	@GetMapping("/engagements/{id}/work/import")
	String form(@PathVariable UUID id, Model model) {
		return page(callers.require(), id, model);
	}

	@PostMapping("/engagements/{id}/work/import")
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String dryRun, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Caller caller = callers.require();
		boolean checkOnly = dryRun != null;
		if (file == null || file.isEmpty()) {
			return refused(caller, id, model, response, HttpStatus.BAD_REQUEST, "empty-import", List.of());
		}
		if (file.getSize() > maxBytes) {
			return refused(caller, id, model, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", List.of());
		}
		byte[] bytes = bytes(file);
		try {
			WorkImports.Result result = imports.importItems(caller, id, formatOf(bytes), bytes, checkOnly);
			if (checkOnly) {
				model.addAttribute("checked", result.count());
				return page(caller, id, model);
			}
			redirect.addFlashAttribute("imported", result.count());
			return "redirect:/engagements/" + id + "/work/import";
		}
		catch (WorkImports.InvalidRows invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("report", report(invalid.rows()));
			model.addAttribute("invalid", invalid.rows().size());
			return page(caller, id, model);
		}
		catch (Problem problem) {
			if (problem.status() == HttpStatus.NOT_FOUND || problem.status() == HttpStatus.FORBIDDEN) {
				throw problem;
			}
			return refused(caller, id, model, response, problem.status(), problem.code(),
					problem.fieldErrors().stream().map(Problem.FieldError::field).toList());
		}
	}

	private String refused(Caller caller, UUID id, Model model, HttpServletResponse response, HttpStatus status,
			String code, List<String> names) {
		response.setStatus(status.value());
		model.addAttribute("importProblem", "work.import.problem." + code);
		model.addAttribute("problemNames", String.join(", ", names));
		return page(caller, id, model);
	}

	private String page(Caller caller, UUID id, Model model) {
		model.addAttribute("engagement", engagements.access(caller, id));
		if (work.creatableTypes(caller, id).isEmpty()) {
			throw Problem.forbidden("Only those who may create work items here may import them");
		}
		model.addAttribute("columns", String.join(", ", WorkImportRows.FIELDS));
		model.addAttribute("maxRows", WorkImportRows.MAX_ROWS);
		model.addAttribute("maxMiB", maxBytes / (1024 * 1024));
		return VIEW;
	}

	/** JSON when the text starts with an array or an object; CSV otherwise. */
	static WorkImports.Format formatOf(byte[] bytes) {
		for (byte b : bytes) {
			char c = (char) (b & 0xFF);
			if (c == '[' || c == '{') {
				return WorkImports.Format.JSON;
			}
			if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
				return WorkImports.Format.CSV;
			}
		}
		return WorkImports.Format.CSV;
	}

	private List<ReportLine> report(List<WorkImports.RowReport> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ReportLine> lines = new ArrayList<>();
		for (WorkImports.RowReport row : rows) {
			for (Problem.FieldError error : row.errors()) {
				Matcher number = LAST_NUMBER.matcher(error.message());
				Object[] args = number.find() && (error.code().equals("duplicate") || error.code().equals("already-imported"))
						? new Object[] { number.group(1) } : null;
				String field = messages.getMessage("work.field." + error.field(), null, error.field(), locale);
				String message = messages.getMessage("work.invalid." + error.code(), args, error.message(), locale);
				lines.add(new ReportLine(row.row(), row.line(), row.externalKey(), field, message));
			}
		}
		return lines;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
