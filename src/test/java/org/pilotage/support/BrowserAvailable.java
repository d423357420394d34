package org.pilotage.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests where Chromium or chromedriver is not installed, unless
 * {@code PILOTAGE_REQUIRE_BROWSER=1}: then a missing browser fails the run instead of hiding it.
 */
public final class BrowserAvailable implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean installed = Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
		if (installed) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String missing = Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + " is missing";
		if ("1".equals(System.getenv("PILOTAGE_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("PILOTAGE_REQUIRE_BROWSER=1 but " + missing);
		}
		return ConditionEvaluationResult.disabled(missing);
	}
}
