package org.pilotage.engagement;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An engagement as one caller may see it. Each implementation carries only the fields its audience may read,
 * so a hidden field cannot be serialised by mistake; {@code audience} says which one a client received.
 */
@Schema(oneOf = { ProviderEngagementView.class, ClientEngagementView.class, FreelancerEngagementView.class })
public sealed interface EngagementView permits ProviderEngagementView, ClientEngagementView, FreelancerEngagementView {

	Audience audience();

	UUID id();

	EngagementKind kind();

	EngagementStatus status();

	Party client();

	Party provider();

	String title();

	long version();
}
