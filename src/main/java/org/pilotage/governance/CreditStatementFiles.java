package org.pilotage.governance;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.pilotage.shared.Problem;
import org.pilotage.shared.web.FileTransfer;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A statement as a downloaded file, CSV or PDF, labelled in the reader's language from the message source: the same
 * files from the API and from the page. Also reads the month of a statement's address.
 */
@Component
class CreditStatementFiles {

	static final String CSV = "text/csv";

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private final MessageSource messages;

	CreditStatementFiles(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<byte[]> csv(CreditContracts.Statement statement, Locale locale) {
		return FileTransfer.attachment(fileName(statement, "csv"), CSV + "; charset=UTF-8",
				CreditStatementCsv.write(statement.statement(), labels(locale), statement.provisional()));
	}

	ResponseEntity<byte[]> pdf(CreditContracts.Statement statement, Locale locale) {
		return FileTransfer.attachment(fileName(statement, "pdf"), MediaType.APPLICATION_PDF_VALUE,
				CreditStatementPdf.write(statement.statement(), labels(locale), statement.provisional()));
	}

	/** The labels of a language, a bundle key's text or the key itself when there is none (a contract's own band). */
	CreditLabels labels(Locale locale) {
		return labels(messages, locale);
	}

	/** As {@link #labels(Locale)}, for a renderer given its message source (a weekly report's PDF). */
	static CreditLabels labels(MessageSource messages, Locale locale) {
		return new CreditLabels(key -> messages.getMessage(key, null, key, locale), locale);
	}

	/** {@code service-credits-2026-03.pdf}, and {@code -provisional} before the extension while the month runs. */
	private static String fileName(CreditContracts.Statement statement, String extension) {
		return "service-credits-" + statement.statement().month() + (statement.provisional() ? "-provisional" : "")
				+ "." + extension;
	}

	/** The month of an address, written {@code 2026-03}. @throws Problem 400 otherwise */
	static YearMonth month(String text) {
		if (MONTH.matcher(text).matches()) {
			try {
				return YearMonth.parse(text);
			}
			catch (DateTimeParseException notAMonth) {
				// answered below, like any other text
			}
		}
		throw Problem.invalid("month", "malformed-month", "A month is written yyyy-MM, such as 2026-03");
	}
}
