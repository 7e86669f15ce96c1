package org.vocstat.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * The sheets of an {@code .xlsx} workbook in order (from its {@code workbook.xml}): their
 * names, which are hidden, their parts, and whether dates count from 1904; and which one
 * a batch reads.
 */
record SheetChoice(List<String> names, List<String> hidden, List<String> relations, boolean date1904) {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static SheetChoice read(InputStream workbookXml) throws IOException {
		List<String> names = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		List<String> relations = new ArrayList<>();
		boolean date1904 = false;
		try (workbookXml) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("workbookPr".equals(xml.getLocalName())) {
					String value = xml.getAttributeValue(null, "date1904");
					date1904 = "1".equals(value) || "true".equals(value);
				}
				else if ("sheet".equals(xml.getLocalName())) {
					String name = xml.getAttributeValue(null, "name");
					names.add(name);
					relations.add(xml.getAttributeValue(RELATIONSHIPS, "id"));
					String state = xml.getAttributeValue(null, "state");
					if (state != null && !"visible".equals(state)) {
						hidden.add(name);
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IOException("its workbook part is not readable XML: " + ex.getMessage(), ex);
		}
		return new SheetChoice(names, hidden, relations, date1904);
	}

	/**
	 * The index of the sheet to read: {@code wanted} if given, else the first one, which
	 * must not be hidden; refuses the batch otherwise.
	 */
	static int index(String shown, List<String> names, List<String> hidden, String wanted) {
		if (names.isEmpty()) {
			throw Workbook.refused(shown, "no-sheet");
		}
		if (wanted == null) {
			if (hidden.contains(names.get(0))) {
				throw Workbook.refused(shown, "first-sheet-hidden", names.get(0));
			}
			return 0;
		}
		int at = names.indexOf(wanted);
		if (at < 0) {
			throw Workbook.refused(shown, "no-such-sheet", wanted, String.join(", ", names));
		}
		return at;
	}

}
