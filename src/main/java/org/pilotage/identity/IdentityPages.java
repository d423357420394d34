package org.pilotage.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, home and profile (password, language, API tokens). */
@Controller
class IdentityPages {

	static final String LOGIN = "identity/login";
	static final String HOME = "identity/home";
	static final String PROFILE = "identity/profile";

	record OrganizationCard(Organization organization, List<Role> roles, boolean administered) {
	}

	private final CurrentCaller callers;
	private final OrganizationManagement organizations;
	private final UserManagement users;
	private final ApiTokenService tokens;

	IdentityPages(CurrentCaller callers, OrganizationManagement organizations, UserManagement users,
			ApiTokenService tokens) {
		this.callers = callers;
		this.organizations = organizations;
		this.users = users;
		this.tokens = tokens;
	}

	@GetMapping("/login")
	String login() {
		return LOGIN;
	}

	@GetMapping("/")
	String home(Model model) {
		Caller caller = callers.require();
		Map<UUID, Organization> mine = organizations.mine(caller).stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		List<OrganizationCard> cards = mine.values().stream()
			.sorted(Comparator.comparing(Organization::name))
			.map(org -> new OrganizationCard(org,
					caller.memberships().stream().filter(m -> org.id().equals(m.organizationId())).map(Membership::role).toList(),
					caller.administers(org.id())))
			.toList();
		model.addAttribute("cards", cards);
		model.addAttribute("platformRoles",
				caller.memberships().stream().filter(m -> m.organizationId() == null).map(Membership::role).toList());
		return HOME;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		Caller caller = callers.require();
		model.addAttribute("user", users.get(caller, caller.userId()));
		model.addAttribute("tokens", tokens.list(caller));
		return PROFILE;
	}

	@PostMapping("/profile/tokens")
	String createToken(@RequestParam(required = false) @Nullable String name, RedirectAttributes redirect) {
		try {
			var issued = tokens.issue(callers.require(), name, "web");
			redirect.addFlashAttribute("issuedToken", issued);
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(callers.require(), id);
		redirect.addFlashAttribute("notice", "notice.tokenRevoked");
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String newPassword, RedirectAttributes redirect) {
		try {
			users.changePassword(callers.require(), currentPassword, newPassword);
			redirect.addFlashAttribute("notice", "notice.passwordChanged");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/language")
	String changeLanguage(@RequestParam(required = false) @Nullable String locale, RedirectAttributes redirect) {
		Caller caller = callers.require();
		try {
			UserView user = users.get(caller, caller.userId());
			users.update(caller, caller.userId(), user.version(), user.displayName(), locale, user.enabled());
			redirect.addFlashAttribute("notice", "notice.saved");
			return "redirect:/profile" + (locale == null || locale.isBlank() ? "" : "?lang=" + locale);
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
			return "redirect:/profile";
		}
	}
}
