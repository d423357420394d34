package org.pilotage.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's party profile page: read by its members, edited by its administrators. Contacts are rows
 * with one empty row to add one; a contact is removed by emptying its name.
 */
@Controller
class PartyProfilePages {

	static final String VIEW = "talent/profile";

	private final CurrentCaller callers;
	private final PartyProfileManagement profiles;
	private final FieldMessages messages;

	PartyProfilePages(CurrentCaller callers, PartyProfileManagement profiles, FieldMessages messages) {
		this.callers = callers;
		this.profiles = profiles;
		this.messages = messages;
	}

	/** The form: the profile's fields as text, contacts as rows. */
	public static class ProfileForm {

		private String zone = "";
		private String workStart = "";
		private String workEnd = "";
		private String languages = "";
		private List<ContactRow> contacts = new ArrayList<>();

		static ProfileForm of(PartyProfile profile) {
			ProfileForm form = new ProfileForm();
			form.zone = profile.zone();
			form.workStart = profile.workStart().toString();
			form.workEnd = profile.workEnd().toString();
			form.languages = String.join(", ", profile.languages());
			profile.contacts().forEach(contact -> form.contacts.add(new ContactRow(contact.name(), contact.role(),
					contact.email(), contact.phone())));
			return form.withEmptyRow();
		}

		ProfileForm withEmptyRow() {
			if (contacts.isEmpty() || !contacts.get(contacts.size() - 1).blank()) {
				contacts.add(new ContactRow("", "", "", ""));
			}
			return this;
		}

		PartyProfileRequest toRequest() {
			List<PartyProfileRequest.ContactRequest> rows = new ArrayList<>();
			for (ContactRow row : contacts) {
				rows.add(row.blank() ? null : new PartyProfileRequest.ContactRequest(row.name, row.role, row.email,
						row.phone));
			}
			// Empty rows are dropped; their place is kept as null so that errors keep the rows' indexes.
			return new PartyProfileRequest(zone, workStart, workEnd, PersonForm.split(languages, ","), rows);
		}

		public String getZone() { return zone; }
		public void setZone(@Nullable String value) { zone = value == null ? "" : value; }
		public String getWorkStart() { return workStart; }
		public void setWorkStart(@Nullable String value) { workStart = value == null ? "" : value; }
		public String getWorkEnd() { return workEnd; }
		public void setWorkEnd(@Nullable String value) { workEnd = value == null ? "" : value; }
		public String getLanguages() { return languages; }
		public void setLanguages(@Nullable String value) { languages = value == null ? "" : value; }
		public List<ContactRow> getContacts() { return contacts; }
		public void setContacts(List<ContactRow> value) { contacts = value; }
	}

	/** One contact row of the form. */
	public static class ContactRow {

		private String name = "";
		private String role = "";
		private String email = "";
		private String phone = "";

		public ContactRow() {
		}

		ContactRow(String name, @Nullable String role, @Nullable String email, @Nullable String phone) {
			this.name = name;
			this.role = role == null ? "" : role;
			this.email = email == null ? "" : email;
			this.phone = phone == null ? "" : phone;
		}

		boolean blank() {
			return name.isBlank() && role.isBlank() && email.isBlank() && phone.isBlank();
		}

		public String getName() { return name; }
		public void setName(@Nullable String value) { name = value == null ? "" : value; }
		public String getRole() { return role; }
		public void setRole(@Nullable String value) { role = value == null ? "" : value; }
		public String getEmail() { return email; }
		public void setEmail(@Nullable String value) { email = value == null ? "" : value; }
		public String getPhone() { return phone; }
		public void setPhone(@Nullable String value) { phone = value == null ? "" : value; }
	}

	@GetMapping("/organizations/{id}/profile")
	String profile(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		PartyProfile profile = profiles.get(caller, id);
		return show(caller, profile, ProfileForm.of(profile), Map.of(), model);
	}

	@PostMapping("/organizations/{id}/profile")
	String update(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") ProfileForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Caller caller = callers.require();
		PartyProfile current = profiles.get(caller, id);
		PartyProfileRequest request = form.toRequest();
		List<PartyProfileRequest.ContactRequest> kept = request.contacts() == null ? List.of()
				: request.contacts().stream().filter(java.util.Objects::nonNull).toList();
		try {
			profiles.update(caller, id, version, new PartyProfileRequest(request.zone(), request.workStart(),
					request.workEnd(), request.languages(), kept));
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/organizations/" + id + "/profile";
		}
		catch (Problem problem) {
			if (problem.status() != HttpStatus.BAD_REQUEST) {
				if (problem.status() == HttpStatus.NOT_FOUND) {
					throw problem;
				}
				redirect.addFlashAttribute("problem", problem);
				return "redirect:/organizations/" + id + "/profile";
			}
			List<Problem.FieldError> errors = new ArrayList<>();
			problem.fieldErrors().forEach(error -> errors.add(new Problem.FieldError(
					contactRow(error.field(), request.contacts()), error.code(), error.message())));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(caller, current, form.withEmptyRow(), messages.of(errors, FieldMessages::listInput,
					FieldMessages.entries(Map.of("languages", PersonForm.split(form.getLanguages(), ",")))), model);
		}
	}

	/** {@code contacts[1].email} of the kept contacts → the same field of the form's row. */
	private static String contactRow(String field, @Nullable List<PartyProfileRequest.ContactRequest> rows) {
		if (!field.startsWith("contacts[") || rows == null) {
			return field;
		}
		int close = field.indexOf(']');
		int index = Integer.parseInt(field.substring("contacts[".length(), close));
		int kept = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) != null && ++kept == index) {
				return "contacts[" + i + "]" + field.substring(close + 1);
			}
		}
		return field;
	}

	private String show(Caller caller, PartyProfile profile, ProfileForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("profile", profile);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("canEdit", caller.administers(profile.organizationId()));
		return VIEW;
	}
}
