package org.pilotage;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PilotageApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyBusinessModuleIsFound() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("identity", "audit", "shared", "estimation", "talent", "engagement", "work", "notification", "sla");
	}

	@Test
	void engagementsDependOnIdentitySharedAndTalentOnlyAndOnlyWorkSlaAndGovernanceDependOnThem() {
		var engagement = MODULES.getModuleByName("engagement").orElseThrow();

		// The test classes are on the class path too, so the tests' own support package shows up as a module.
		assertThat(engagement.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.containsOnly("identity", "shared", "talent");
		MODULES.stream()
			.filter(module -> !module.equals(engagement)
					&& !List.of("work", "sla", "governance").contains(module.getIdentifier().toString()))
			.forEach(module -> assertThat(module.getDirectDependencies(MODULES).contains(engagement))
				.as(module.getIdentifier() + " depends on engagement").isFalse());
	}

	@Test
	void workDependsOnEngagementTalentNotificationIdentitySharedOnlyAndOnlySlaAndGovernanceDependOnIt() {
		var work = MODULES.getModuleByName("work").orElseThrow();

		assertThat(work.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.containsOnly("engagement", "talent", "identity", "shared", "notification");
		MODULES.stream()
			.filter(module -> !module.equals(work) && !List.of("sla", "governance").contains(module.getIdentifier().toString()))
			.forEach(module -> assertThat(module.getDirectDependencies(MODULES).contains(work))
				.as(module.getIdentifier() + " depends on work").isFalse());
	}

	@Test
	void slaDependsOnWorkEngagementIdentityNotificationSharedOnlyAndOnlyGovernanceDependsOnIt() {
		var sla = MODULES.getModuleByName("sla").orElseThrow();

		assertThat(sla.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.containsOnly("work", "engagement", "identity", "notification", "shared");
		MODULES.stream()
			.filter(module -> !module.equals(sla) && !module.getIdentifier().toString().equals("governance"))
			.forEach(module -> assertThat(module.getDirectDependencies(MODULES).contains(sla))
				.as(module.getIdentifier() + " depends on sla").isFalse());
	}

	@Test
	void governanceDependsOnlyOnWhatItsDesignNames() {
		var governance = MODULES.getModuleByName("governance").orElseThrow();

		assertThat(governance.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.isSubsetOf("work", "sla", "engagement", "identity", "notification", "talent", "shared");
	}

	@Test
	void notificationsDependOnIdentityAndSharedOnly() {
		var notification = MODULES.getModuleByName("notification").orElseThrow();

		assertThat(notification.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.containsOnly("identity", "shared");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
