package org.pilotage.identity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.OrganizationManagement.OrganizationData;
import org.pilotage.identity.UserManagement.NewUser;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration pages. {@code /admin/**} is for platform administrators (enforced by the security
 * chain); an organization's page is open to its members and editable by its administrators, with the
 * same scoping as the API because both go through the same services.
 */
@Controller
class AdministrationPages {

	static final String ORGANIZATIONS = "identity/organizations";
	static final String ORGANIZATION = "identity/organization";
	static final String USERS = "identity/users";
	static final String USER = "identity/user";

	private final CurrentCaller callers;
	private final OrganizationManagement organizations;
	private final UserManagement users;

	AdministrationPages(CurrentCaller callers, OrganizationManagement organizations, UserManagement users) {
		this.callers = callers;
		this.organizations = organizations;
		this.users = users;
	}

	@GetMapping("/admin/organizations")
	String organizations(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("page", organizations.list(callers.require(), Paging.of(page, null)));
		model.addAttribute("kinds", OrganizationKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganizationData("", OrganizationKind.CLIENT, "FR", "Europe/Paris"));
		}
		return ORGANIZATIONS;
	}

	@PostMapping("/admin/organizations")
	String createOrganization(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable OrganizationKind kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String timeZone, RedirectAttributes redirect) {
		OrganizationData form = new OrganizationData(name, kind, country, timeZone);
		try {
			Organization created = organizations.create(callers.require(), form);
			redirect.addFlashAttribute("notice", "notice.created");
			return "redirect:/organizations/" + created.id();
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
			redirect.addFlashAttribute("form", form);
			return "redirect:/admin/organizations";
		}
	}

	@GetMapping("/organizations/{id}")
	String organization(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		Organization organization = organizations.get(caller, id);
		model.addAttribute("organization", organization);
		model.addAttribute("members", users.members(caller, id));
		model.addAttribute("canAdminister", caller.administers(id));
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r.fits(organization.kind())).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganizationData(organization.name(), organization.kind(),
					organization.country(), organization.timeZone()));
		}
		return ORGANIZATION;
	}

	@PostMapping("/organizations/{id}")
	String updateOrganization(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String timeZone, RedirectAttributes redirect) {
		OrganizationData form = new OrganizationData(name, null, country, timeZone);
		try {
			organizations.update(callers.require(), id, version, form);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (Problem problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", problem);
			redirect.addFlashAttribute("form", form);
		}
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/organizations/{id}/members")
	String addMember(@PathVariable UUID id, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable Role role, RedirectAttributes redirect) {
		try {
			users.create(callers.require(), new NewUser(email, displayName, password, null, id, role));
			redirect.addFlashAttribute("notice", "notice.created");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/organizations/{id}/grants")
	String grant(@PathVariable UUID id, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable Role role, RedirectAttributes redirect) {
		try {
			users.grantByEmail(callers.require(), id, email, role);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/organizations/" + id;
	}

	@PostMapping("/memberships/{membershipId}/revoke")
	String revoke(@PathVariable UUID membershipId, @RequestParam(required = false) @Nullable String back,
			RedirectAttributes redirect) {
		try {
			users.revoke(callers.require(), membershipId);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:" + (back != null && back.matches("^/(?!/)[a-z0-9/-]*$") ? back : "/");
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(required = false) @Nullable Integer page, Model model) {
		Caller caller = callers.require();
		model.addAttribute("page", users.list(caller, Paging.of(page, null)));
		model.addAttribute("organizations", organizations.list(caller, new Paging(0, Paging.MAX_SIZE)).items());
		model.addAttribute("roles", Role.values());
		return USERS;
	}

	@PostMapping("/admin/users")
	String createUser(@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable String locale,
			@RequestParam(required = false) @Nullable UUID organizationId,
			@RequestParam(required = false) @Nullable Role role, RedirectAttributes redirect) {
		try {
			UserView created = users.create(callers.require(),
					new NewUser(email, displayName, password, locale, organizationId, role));
			redirect.addFlashAttribute("notice", "notice.created");
			return "redirect:/admin/users/" + created.id();
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
			return "redirect:/admin/users";
		}
	}

	@GetMapping("/admin/users/{id}")
	String user(@PathVariable UUID id, Model model) {
		Caller caller = callers.require();
		model.addAttribute("user", users.get(caller, id));
		List<Membership> memberships = users.membershipsOf(caller, id);
		model.addAttribute("memberships", memberships);
		model.addAttribute("organizationNames", organizations.list(caller, new Paging(0, Paging.MAX_SIZE)).items()
			.stream().collect(java.util.stream.Collectors.toMap(o -> o.id().toString(), Organization::name)));
		model.addAttribute("platformRoles", List.of(Role.PLATFORM_ADMIN, Role.AUDITOR));
		return USER;
	}

	@PostMapping("/admin/users/{id}")
	String updateUser(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String locale,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		try {
			users.update(callers.require(), id, version, displayName, locale, enabled);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/platform-roles")
	String grantPlatformRole(@PathVariable UUID id, @RequestParam(required = false) @Nullable Role role,
			RedirectAttributes redirect) {
		try {
			users.grant(callers.require(), null, id, role);
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		catch (Problem problem) {
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/admin/users/" + id;
	}
}
