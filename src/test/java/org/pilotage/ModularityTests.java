package org.pilotage;

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
			.contains("identity", "audit", "shared", "estimation", "talent", "engagement", "work", "notification");
	}

	@Test
	void engagementsDependOnIdentitySharedAndTalentOnlyAndOnlyWorkDependsOnThem() {
		var engagement = MODULES.getModuleByName("engagement").orElseThrow();

		// The test classes are on the class path too, so the tests' own support package shows up as a module.
		assertThat(engagement.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.containsOnly("identity", "shared", "talent");
		MODULES.stream()
			.filter(module -> !module.equals(engagement) && !module.getIdentifier().toString().equals("work"))
			.forEach(module -> assertThat(module.getDirectDependencies(MODULES).contains(engagement))
				.as(module.getIdentifier() + " depends on engagement").isFalse());
	}

	@Test
	void workDependsOnEngagementTalentNotificationIdentitySharedOnlyAndNothingDependsOnIt() {
		var work = MODULES.getModuleByName("work").orElseThrow();

		assertThat(work.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString()))
			.filteredOn(name -> !name.equals("support"))
			.containsOnly("engagement", "talent", "identity", "shared", "notification");
		MODULES.stream()
			.filter(module -> !module.equals(work))
			.forEach(module -> assertThat(module.getDirectDependencies(MODULES).contains(work))
				.as(module.getIdentifier() + " depends on work").isFalse());
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
