package org.vocstat.review;

import java.math.BigDecimal;
import java.util.Optional;

/** The figures of one scope a rule reads: this batch's and the previous year's. */
interface FigureValues {

	Optional<BigDecimal> value(Expression.Reference reference);

}
