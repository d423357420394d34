package org.pilotage.estimation.model;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The cost model stays plain Java, so that it can be read, tested and benchmarked without the application. */
@AnalyzeClasses(packages = "org.pilotage.estimation.model",
		importOptions = EstimationModelArchitectureTest.MainClassesOnly.class)
class EstimationModelArchitectureTest {

	@ArchTest
	static final ArchRule costModelDependsOnlyOnTheJdkAndNullnessAnnotations = classes().that()
		.resideInAPackage("org.pilotage.estimation.model..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.jspecify..", "org.pilotage.estimation.model..");

	@ArchTest
	static final ArchRule theEstimatorIsAmongTheClassesChecked = classes().that()
		.haveSimpleName("Estimator")
		.should()
		.resideInAPackage("org.pilotage.estimation.model");

	/** Test classes are left out wherever the build directory is, {@code target} or another one. */
	static final class MainClassesOnly implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("/test-classes/");
		}
	}
}
