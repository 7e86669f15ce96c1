package org.vocstat.console;

/**
 * The parameter a page's figure links carry so that a figure opens in the figures the
 * page shows: a region's current batch ({@code region=330400}) or a published edition's
 * frozen figures ({@code edition=1}).
 */
record LinkOrigin(String name, String value) {

	static LinkOrigin region(String region) {
		return new LinkOrigin("region", region);
	}

	static LinkOrigin edition(long edition) {
		return new LinkOrigin("edition", Long.toString(edition));
	}

}
