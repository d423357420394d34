package org.pilotage.governance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.pilotage.identity.Caller;
import org.pilotage.shared.Problem;
import org.pilotage.work.ItemPagePanels;
import org.pilotage.work.WorkItems;
import org.springframework.stereotype.Component;

/**
 * The "Knowledge" panel of a work item's page: the articles and runbooks the item is linked to, each a link to its
 * page, and for the knowledge base's writers the engagement's other articles to link and a button to unlink each.
 */
@Component
class KnowledgeItemPanel implements ItemPagePanels {

	private final KnowledgeBase knowledge;
	private final WorkItems items;

	KnowledgeItemPanel(KnowledgeBase knowledge, WorkItems items) {
		this.knowledge = knowledge;
		this.items = items;
	}

	@Override
	public List<Panel> panels(Caller caller, UUID itemId, Locale locale) {
		UUID engagementId;
		try {
			engagementId = items.get(caller, itemId).engagementId();
		}
		catch (Problem hidden) {
			return List.of();
		}
		boolean mayWrite = knowledge.mayWriteNow(caller, engagementId);
		Map<String, Object> model = new HashMap<>();
		model.put("itemId", itemId);
		model.put("engagementId", engagementId);
		model.put("links", knowledge.links(caller, itemId));
		model.put("mayWrite", mayWrite);
		model.put("choices", mayWrite ? knowledge.linkable(engagementId, itemId) : List.of());
		return List.of(new Panel("governance/knowledge-panel", "panel", model));
	}
}
