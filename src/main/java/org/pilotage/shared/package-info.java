/**
 * Open module of values every other module may use: audit event contract, paging, problem types, the
 * schedulers' background thread ({@link org.pilotage.shared.BackgroundLoop}) and the API plumbing (problem+json, body
 * limits, idempotency, locale).
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.pilotage.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
