package org.pilotage.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.FileType;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to work items. Who may attach is who may comment (the client's users CLIENT only, the provider's
 * side CLIENT or INTERNAL; auditors and the platform administrator read), and the client's users never receive an
 * INTERNAL attachment: not in the list, not as a download (404 like an unknown id), not as a timeline event. A file
 * is taken only when its name, declared type and first bytes agree on a {@link FileType} (415 otherwise) and it has
 * at most 10 MiB (413). Its uploader, or the provider's manager, removes it.
 */
@Service
@Transactional
public class WorkAttachments {

	/** Every kind of file the platform recognises: documents, images, Office files, text, CSV, logs, JSON. */
	static final Set<FileType> ACCEPTED = EnumSet.allOf(FileType.class);

	/** An attachment as the reader may see it; {@code mayRemove} says whether the reader may remove it. */
	public record AttachmentView(UUID id, String fileName, String contentType, long size, String sha256,
			String uploadedBy, Instant uploadedAt, Visibility visibility, boolean mayRemove) {
	}

	/** A file with its bytes, for a download. */
	public record Download(AttachmentView attachment, byte[] content) {
	}

	private final WorkItems items;
	private final AttachmentStore store;
	private final ApplicationEventPublisher events;

	WorkAttachments(WorkItems items, AttachmentStore store, ApplicationEventPublisher events) {
		this.items = items;
		this.store = store;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(Caller caller, UUID itemId) {
		WorkItems.Scope scope = items.scope(caller, itemId);
		return store.ofItem(itemId, scope.seesInternal()).stream().map(a -> view(caller, scope, a)).toList();
	}

	@Transactional(readOnly = true)
	public Download download(Caller caller, UUID itemId, UUID attachmentId) {
		WorkItems.Scope scope = items.scope(caller, itemId);
		AttachmentStore.Attachment attachment = visible(scope, itemId, attachmentId);
		return new Download(view(caller, scope, attachment), store.content(attachmentId));
	}

	/**
	 * Attaches a file. Checks in order: 404, 403 (a reader; a client's INTERNAL), 412 (stale If-Match), 409
	 * (closed engagement), 400 (no file, an empty one, a bad visibility), 413 past 10 MiB, 415 for a type not
	 * taken or whose content is not what its name or declared type says.
	 */
	public AttachmentView add(Caller caller, UUID itemId, @Nullable Long expectedVersion, @Nullable String fileName,
			@Nullable String contentType, byte @Nullable [] content, @Nullable String visibilityText) {
		WorkItems.Scope scope = items.scope(caller, itemId);
		Side side = scope.writer();
		List<Problem.FieldError> errors = new ArrayList<>();
		Visibility visibility = WorkItemValidation.enumOf(Visibility.class, "visibility", visibilityText, false, errors);
		if (side == Side.CLIENT && visibility == Visibility.INTERNAL) {
			throw Problem.forbidden("Internal attachments are the provider's side's");
		}
		WorkItem current = items.locked(itemId, expectedVersion);
		scope.notClosed();
		if (content == null || content.length == 0) {
			errors.add(new Problem.FieldError("file", "required", "attach a file that is not empty"));
		}
		WorkItemValidation.throwIfAny(errors, "The attachment has invalid fields");
		if (content.length > FileType.MAX_BYTES) {
			throw FileType.tooLarge();
		}
		FileType type = FileType.of(fileName, contentType, content, ACCEPTED);
		Visibility shown = visibility == null ? Visibility.CLIENT : visibility;
		boolean internal = shown == Visibility.INTERNAL;
		UUID id = UUID.randomUUID();
		String sha256 = FileType.sha256(content);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("attachmentId", id);
		data.put("fileName", type.safeName(fileName));
		data.put("size", content.length);
		data.put("sha256", sha256);
		data.put("visibility", shown);
		data.put("side", side);
		Instant at = items.touch(current, caller.userId(), caller.email(), "ATTACHED", internal, data);
		AttachmentStore.Attachment attachment = new AttachmentStore.Attachment(id, itemId, type.safeName(fileName),
				type.contentType(), content.length, sha256, shown, caller.userId(), caller.email(), at);
		store.insert(attachment, content);
		EngagementAccess access = scope.access();
		events.publishEvent(new WorkEvents.AttachmentAdded(Actor.of(caller), itemId, access.engagementId(),
				access.clientOrgId(), at, id, shown, side, content.length, sha256));
		return view(caller, scope, attachment);
	}

	/** Removes an attachment: its uploader, or the provider's manager. The timeline keeps an event of it. */
	public void remove(Caller caller, UUID itemId, UUID attachmentId, @Nullable Long expectedVersion) {
		WorkItems.Scope scope = items.scope(caller, itemId);
		AttachmentStore.Attachment attachment = visible(scope, itemId, attachmentId);
		scope.writer();
		if (!mayRemove(caller, scope, attachment)) {
			throw Problem.forbidden("An attachment is removed by its uploader or the provider's manager");
		}
		WorkItem current = items.locked(itemId, expectedVersion);
		scope.notClosed();
		boolean internal = attachment.visibility() == Visibility.INTERNAL;
		Instant at = items.touch(current, caller.userId(), caller.email(), "DETACHED", internal,
				Map.of("attachmentId", attachmentId, "fileName", attachment.fileName(), "visibility",
						attachment.visibility()));
		store.delete(attachmentId);
		events.publishEvent(new WorkEvents.AttachmentRemoved(Actor.of(caller), itemId, scope.access().engagementId(),
				scope.access().clientOrgId(), at, attachmentId, attachment.visibility()));
	}

	/** Whether the caller may attach files to the item now, and whether INTERNAL ones. */
	@Transactional(readOnly = true)
	public Set<Visibility> attachable(Caller caller, UUID itemId) {
		WorkItems.Scope scope = items.scope(caller, itemId);
		if (scope.side() == null || scope.access().status() == EngagementStatus.CLOSED) {
			return Set.of();
		}
		return scope.side() == Side.PROVIDER ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.CLIENT);
	}

	private AttachmentStore.Attachment visible(WorkItems.Scope scope, UUID itemId, UUID attachmentId) {
		return store.find(itemId, attachmentId, scope.seesInternal())
			.orElseThrow(() -> Problem.notFound("Attachment"));
	}

	private static boolean mayRemove(Caller caller, WorkItems.Scope scope, AttachmentStore.Attachment attachment) {
		UUID provider = scope.access().providerOrgId();
		return attachment.uploaderId().equals(caller.userId()) || caller.hasRole(provider, Role.PROVIDER_MANAGER)
				|| caller.hasRole(provider, Role.FREELANCER);
	}

	private static AttachmentView view(Caller caller, WorkItems.Scope scope, AttachmentStore.Attachment a) {
		boolean mayRemove = scope.side() != null && scope.access().status() != EngagementStatus.CLOSED
				&& mayRemove(caller, scope, a);
		return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(),
				scope.label(a.uploaderId(), a.uploaderLabel()), a.at(), a.visibility(), mayRemove);
	}
}
