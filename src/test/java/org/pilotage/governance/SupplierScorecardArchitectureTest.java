package org.pilotage.governance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The supplier scorecard stays plain Java, free of Spring and of the other modules, so that a score can be worked
 * out by hand from the figures and weights on its card.
 */
@AnalyzeClasses(packages = "org.pilotage.governance",
		importOptions = ServiceCreditsArchitectureTest.MainClassesOnly.class)
class SupplierScorecardArchitectureTest {

	private static final String SCORECARD = "org\\.pilotage\\.governance\\.(SupplierScorecard|SupplierMeasures"
			+ "|SupplierScore|ScorecardWeights|ScorecardComponent)(\\$.*)?";

	/** The same classes and arrays of them (an enum's {@code values()}). */
	private static final String SCORECARD_OR_ARRAYS = "(\\[+L)?" + SCORECARD + ";?";

	@ArchTest
	static final ArchRule theScoreDependsOnlyOnTheJdk = classes().that(nameMatching(SCORECARD))
		.should()
		.onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jspecify..").or(nameMatching(SCORECARD_OR_ARRAYS)));

	@ArchTest
	static final ArchRule theComputationIsAmongTheClassesChecked = classes().that()
		.haveSimpleName("SupplierScorecard")
		.should()
		.resideInAPackage("org.pilotage.governance");
}
