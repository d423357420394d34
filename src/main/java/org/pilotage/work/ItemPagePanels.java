package org.pilotage.work;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.pilotage.identity.Caller;

/**
 * A panel another module adds to a work item's page, without this module knowing that module: the item page asks
 * every bean of this interface (none is fine) and includes each panel's Thymeleaf fragment in turn, below the
 * item's fields. An implementation checks on its own what the caller may see of the item (it is called after the
 * page has checked the caller may read the item) and answers no panel rather than fail the page.
 */
public interface ItemPagePanels {

	/** The panels of the item for the caller, in the page's language; empty for none. */
	List<Panel> panels(Caller caller, UUID itemId, Locale locale);

	/**
	 * A panel: the template holding the fragment ({@code "sla/panel"}), the fragment's name, which takes one
	 * parameter named {@code panel} ({@code th:fragment="panel(panel)"}), and the values the fragment reads from it.
	 */
	record Panel(String template, String fragment, Map<String, Object> model) {

		public Panel {
			model = Map.copyOf(model);
		}
	}
}
