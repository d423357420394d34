package org.pilotage.work;

import org.pilotage.identity.Caller;
import org.pilotage.shared.FileType;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the item page's attachments and satisfaction sections ({@code work/feedback.html}) need. */
@Component
class WorkFeedbackModel {

	private final WorkAttachments attachments;
	private final SatisfactionSurveys surveys;

	WorkFeedbackModel(WorkAttachments attachments, SatisfactionSurveys surveys) {
		this.attachments = attachments;
		this.surveys = surveys;
	}

	void addTo(Model model, Caller caller, WorkItemView item) {
		model.addAttribute("attachments", attachments.list(caller, item.id()));
		model.addAttribute("attachable", attachments.attachable(caller, item.id()));
		model.addAttribute("maxAttachmentMiB", FileType.MAX_BYTES / (1024 * 1024));
		model.addAttribute("satisfaction", surveys.view(caller, item.id()));
		if (!model.containsAttribute("ratingErrors")) {
			model.addAttribute("ratingErrors", java.util.Map.of());
			model.addAttribute("ratingComment", "");
		}
	}
}
