package org.pilotage.estimation.model;

import java.util.List;

/** The answer for a scenario: one {@link ModelEstimate} per {@link DeliveryModel}, in the enum's order. */
public record Estimate(List<ModelEstimate> models) {

	public Estimate {
		models = List.copyOf(models);
	}

	public ModelEstimate model(DeliveryModel model) {
		return models.stream().filter(m -> m.model() == model).findFirst().orElseThrow();
	}
}
