package org.vocstat.console;

import org.vocstat.indicator.Figure;
import org.vocstat.publication.Edition;
import org.vocstat.publication.EditionFigures;

/**
 * A figure as a published edition froze it, beside the region's current figure for the
 * same indicator, scope and period ({@code null} when no current batch holds one): later
 * loads change the current figure, never the frozen one, and the figure page says when
 * the two differ.
 */
record EditionFigure(EditionFigures figures, Figure frozen, Figure current) {

	public Edition edition() {
		return figures.edition();
	}

	/** Whether the current figure's value is not the frozen one (or there is none). */
	public boolean differs() {
		return current == null || current.value().compareTo(frozen.value()) != 0;
	}

}
