package org.pilotage.shared;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;

/**
 * The look every PDF of Pilotage shares (an estimate, a service-credit statement): standard Helvetica in
 * Windows-1252, not embedded, which covers French and the euro sign; table cells with a little padding, figures
 * aligned right.
 */
public final class PdfCells {

	private PdfCells() {
	}

	public static Font font(float size, int style) {
		return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
	}

	public static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(3);
		return cell;
	}

	/** A figure's cell, aligned right. */
	public static PdfPCell figure(String text, Font font) {
		PdfPCell cell = cell(text, font);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}
}
