package org.pilotage.governance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The service-credit tests whose statements are compared with credits worked out by hand: the application with
 * measures set by the test ({@link KnownCreditMeasures}) in place of those from the stored events.
 */
@Import(KnownCreditMeasures.Configuration.class)
abstract class MeasuredByHandTest extends CreditTest {

	@Autowired
	KnownCreditMeasures measures;
}
