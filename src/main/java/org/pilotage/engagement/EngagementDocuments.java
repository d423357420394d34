package org.pilotage.engagement;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.shared.FileType;
import org.pilotage.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to an engagement (the contract, annexes, the exit plan on file): the parties and their
 * auditors read them, the parties' administrators add and remove them, a staffed freelancer never sees them
 * (they hold the commercial terms).
 */
@Service
@Transactional
public class EngagementDocuments {

	/** 10 MiB, as the multipart limit of the web layer. */
	public static final long MAX_BYTES = FileType.MAX_BYTES;

	/** The kinds of file an engagement takes. */
	static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG, FileType.DOCX,
			FileType.XLSX, FileType.TEXT, FileType.CSV);

	/** A document with its bytes, for a download. */
	public record Download(EngagementDocument document, byte[] content) {
	}

	private final Engagements engagements;
	private final DocumentStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EngagementDocuments(Engagements engagements, DocumentStore store, ApplicationEventPublisher events, Clock clock) {
		this.engagements = engagements;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<EngagementDocument> list(Caller caller, UUID engagementId) {
		readable(caller, engagementId);
		return store.ofEngagement(engagementId);
	}

	@Transactional(readOnly = true)
	public Download download(Caller caller, UUID engagementId, UUID documentId) {
		readable(caller, engagementId);
		EngagementDocument document = store.find(engagementId, documentId)
			.orElseThrow(() -> Problem.notFound("Document"));
		return new Download(document, store.content(documentId));
	}

	/**
	 * Attaches a file. @throws Problem 413 past {@link #MAX_BYTES}, 415 for a type not accepted or whose content
	 * does not match its name or declared type, 400 for an empty file
	 */
	public EngagementDocument add(Caller caller, UUID engagementId, @Nullable String fileName,
			@Nullable String contentType, byte @Nullable [] content) {
		Engagement engagement = engagements.writable(caller, engagementId);
		if (content == null || content.length == 0) {
			throw Problem.invalid("file", "required", "attach a file that is not empty");
		}
		if (content.length > MAX_BYTES) {
			throw tooLarge();
		}
		FileType type = FileType.of(fileName, contentType, content, ACCEPTED);
		EngagementDocument document = new EngagementDocument(UUID.randomUUID(), type.safeName(fileName),
				type.contentType(), content.length, FileType.sha256(content), caller.email(), clock.instant());
		store.insert(engagementId, document, caller.userId(), content);
		events.publishEvent(new EngagementEvents.EngagementDocumentAdded(Actor.of(caller), engagementId,
				engagement.terms().clientOrgId(), document.id(), document.fileName(), document.size(),
				document.sha256()));
		return document;
	}

	public void delete(Caller caller, UUID engagementId, UUID documentId) {
		Engagement engagement = engagements.writable(caller, engagementId);
		EngagementDocument document = store.find(engagementId, documentId)
			.orElseThrow(() -> Problem.notFound("Document"));
		store.delete(documentId);
		events.publishEvent(new EngagementEvents.EngagementDocumentRemoved(Actor.of(caller), engagementId,
				engagement.terms().clientOrgId(), documentId, document.fileName()));
	}

	/** The answer to a file past the limit, whichever layer noticed it first. */
	public static Problem tooLarge() {
		return FileType.tooLarge();
	}

	private void readable(Caller caller, UUID engagementId) {
		if (engagements.visible(caller, engagementId).audience() == Audience.FREELANCER) {
			throw Problem.forbidden("The engagement's documents are the parties' business");
		}
	}
}
