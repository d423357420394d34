package org.pilotage.audit;

import org.pilotage.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to every module's auditable events synchronously, in the publisher's transaction: a change
 * that commits has its audit row, and a failed audit write rolls the change back.
 */
@Component
class AuditTrailRecorder {

	private final AuditLog log;

	AuditTrailRecorder(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditableEvent event) {
		log.append(event);
	}
}
