package org.pilotage.governance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The statements and their CSV and PDF stay plain Java, free of Spring, so that the figures can be recomputed and
 * tested without the application (the shared PDF look aside); the web layer passes them its message source as a
 * function.
 */
@AnalyzeClasses(packages = "org.pilotage.governance", importOptions = ServiceCreditsArchitectureTest.MainClassesOnly.class)
class ServiceCreditsArchitectureTest {

	/**
	 * The computation, its records and its documents, with their nested types; the contracts' store, service, API and
	 * page beside them are Spring's.
	 */
	private static final String CREDITS = "org\\.pilotage\\.governance\\.(CreditContract|CreditStatement|CreditLabels"
			+ "|CreditStatementCsv|CreditStatementPdf|ServiceCredits)(\\$.*)?";

	/** The same classes and arrays of them (an enum's {@code values()}). */
	private static final String CREDITS_OR_ARRAYS = "(\\[+L)?" + CREDITS + ";?";

	@ArchTest
	static final ArchRule creditsDependOnlyOnTheJdkAndTheirDocumentLibraries = classes().that(nameMatching(CREDITS))
		.should()
		.onlyDependOnClassesThat(resideInAnyPackage("java..", "org.jspecify..", "com.lowagie..", "org.apache.commons.csv..")
			.or(nameMatching(CREDITS_OR_ARRAYS))
			.or(nameMatching("org\\.pilotage\\.shared\\.PdfCells")));

	@ArchTest
	static final ArchRule theComputationIsAmongTheClassesChecked = classes().that()
		.haveSimpleName("ServiceCredits")
		.should()
		.resideInAPackage("org.pilotage.governance");

	/** Test classes are left out wherever the build directory is. */
	static final class MainClassesOnly implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("/test-classes/");
		}
	}
}
