package org.pilotage.governance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency-risk figures stay plain Java, free of Spring and of the other modules, so that a warning can be
 * recomputed by hand from its inputs; the service that reads the stored data hands them over as the module's own
 * records.
 */
@AnalyzeClasses(packages = "org.pilotage.governance",
		importOptions = ServiceCreditsArchitectureTest.MainClassesOnly.class)
class DependencyRiskArchitectureTest {

	private static final String RISK = "org\\.pilotage\\.governance\\.(DependencyRisk|RiskInputs|RiskThresholds"
			+ "|RiskWarning|EngagementRisk|VendorRisk)(\\$.*)?";

	/** The same classes and arrays of them (an enum's {@code values()}). */
	private static final String RISK_OR_ARRAYS = "(\\[+L)?" + RISK + ";?";

	@ArchTest
	static final ArchRule theFiguresDependOnlyOnTheJdk = classes().that(nameMatching(RISK))
		.should()
		.onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jspecify..").or(nameMatching(RISK_OR_ARRAYS)));

	@ArchTest
	static final ArchRule theComputationIsAmongTheClassesChecked = classes().that()
		.haveSimpleName("DependencyRisk")
		.should()
		.resideInAPackage("org.pilotage.governance");
}
