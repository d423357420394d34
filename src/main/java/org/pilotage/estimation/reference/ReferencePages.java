package org.pilotage.estimation.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration page of the reference data ({@code /admin/**} is for platform administrators, and the
 * service checks it again). Every form posts, then redirects back with a flash message; a refused value is shown
 * next to its field with the reason, and nothing is written.
 */
@Controller
class ReferencePages {

	static final String VIEW = "estimation/reference";
	private static final String PAGE = "/admin/estimation";

	private final ReferenceData data;

	ReferencePages(ReferenceData data) {
		this.data = data;
	}

	@GetMapping(PAGE)
	String page(@RequestParam(required = false) @Nullable String location, Model model) {
		Edition edition = data.edition();
		ReferenceSnapshot snapshot = edition.snapshot();
		String selected = location != null && snapshot.location(location).isPresent() ? location
				: snapshot.locations().isEmpty() ? "" : snapshot.locations().get(0).code();
		Map<String, String> citations = new LinkedHashMap<>();
		snapshot.sources().forEach(s -> citations.put(s.key(), s.citation()));
		Map<String, String> rateNotes = new LinkedHashMap<>();
		snapshot.rates().forEach(r -> rateNotes.put(r.currency(), edition.note(Dataset.CURRENCIES, r.currency())));
		model.addAttribute("edition", edition.version());
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("citations", citations);
		model.addAttribute("rateNotes", rateNotes);
		model.addAttribute("selected", selected);
		model.addAttribute("figures", snapshot.figures().stream().filter(f -> f.location().equals(selected)).toList());
		model.addAttribute("grid", selected.isEmpty() ? List.of() : ReferenceApi.grid(snapshot, selected));
		model.addAttribute("versions", data.versions());
		model.addAttribute("datasets", Dataset.values());
		model.addAttribute("kinds", FigureKind.values());
		model.addAttribute("confidences", Confidence.values());
		return VIEW;
	}

	@PostMapping(PAGE + "/parameters/{key}")
	String parameter(@PathVariable String key, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String value, RedirectAttributes redirect) {
		return write(redirect, "parameters:" + key, null, () -> data.put(Dataset.PARAMETERS, List.of(key),
				values("value", value), version, true));
	}

	@PostMapping(PAGE + "/locations/{code}")
	String location(@PathVariable String code, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String billableDays,
			@RequestParam(required = false) @Nullable String employerCharges,
			@RequestParam(required = false) @Nullable String annualOverheadEur,
			@RequestParam(required = false) @Nullable String businessStart,
			@RequestParam(required = false) @Nullable String businessEnd, RedirectAttributes redirect) {
		return write(redirect, "locations:" + code, null, () -> data.put(Dataset.LOCATIONS, List.of(code),
				values("billable_days", billableDays, "employer_charges", employerCharges, "annual_overhead_eur",
						annualOverheadEur, "business_start", businessStart, "business_end", businessEnd),
				version, true));
	}

	@PostMapping(PAGE + "/currencies/{code}")
	String currency(@PathVariable String code, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(required = false) @Nullable String eurPerUnit,
			@RequestParam(required = false) @Nullable String asOf, RedirectAttributes redirect) {
		return write(redirect, "currencies:" + code, null, () -> data.put(Dataset.CURRENCIES, List.of(code),
				values("eur_per_unit", eurPerUnit, "as_of", asOf), version, true));
	}

	@PostMapping(PAGE + "/figures")
	String figure(@RequestParam(required = false) @Nullable Integer version,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String seniority, @RequestParam(defaultValue = "") String location,
			@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String confidence,
			@RequestParam(required = false) @Nullable String assumption,
			@RequestParam(required = false) @Nullable String note, @RequestParam(defaultValue = "") String target,
			RedirectAttributes redirect) {
		List<String> key = List.of(kind, role, seniority, location);
		String failed = "figures:" + (target.isBlank() ? "new" : String.join("|", key));
		return write(redirect, failed, location, () -> data.put(Dataset.FIGURES, key,
				values("amount", amount, "currency", currency, "year", year, "source", source, "confidence",
						confidence, "assumption", assumption, "note", note),
				version, false));
	}

	@PostMapping(PAGE + "/import")
	String importCsv(@RequestParam(defaultValue = "") String dataset,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		return write(redirect, "import", null, () -> {
			Dataset which = Dataset.byId(dataset).orElseThrow(() -> new InvalidReferenceData(
					List.of(new Issue(0, "dataset", "required", "choose a dataset"))));
			if (file == null || file.isEmpty()) {
				throw new InvalidReferenceData(List.of(new Issue(0, "file", "missing-file", "choose a CSV file")));
			}
			try {
				return data.importCsv(which, new String(file.getBytes(), StandardCharsets.UTF_8), null);
			}
			catch (IOException unreadable) {
				throw new InvalidReferenceData(List.of(new Issue(0, "file", "unreadable", "cannot be read")));
			}
		});
	}

	private interface Write {
		ReferenceVersion run();
	}

	private static String write(RedirectAttributes redirect, String target, @Nullable String location, Write write) {
		try {
			ReferenceVersion version = write.run();
			redirect.addFlashAttribute("notice", "estimation.ref.published");
			redirect.addFlashAttribute("publishedVersion", version.version());
		}
		catch (InvalidReferenceData invalid) {
			redirect.addFlashAttribute("issues", invalid.issues());
			redirect.addFlashAttribute("failed", target);
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:" + PAGE + (location == null || location.isBlank() ? ""
				: "?location=" + java.net.URLEncoder.encode(location, StandardCharsets.UTF_8));
	}

	/** The values a form sent, by column; fields the form did not send keep their stored value. */
	private static Map<String, String> values(@Nullable String... columnsAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
			String value = columnsAndValues[i + 1];
			if (value != null) {
				values.put(columnsAndValues[i], value);
			}
		}
		return values;
	}
}
