package org.pilotage.talent;

import java.time.YearMonth;

/**
 * How busy a person is in a month, for staffing plans: the lowest availability of any day of the month, the
 * highest sum of allocations on any day, and so the least free share left ({@code available − allocated} on
 * the tightest day; negative only if availability was cut below what is booked).
 */
public record MonthLoad(YearMonth month, int availablePercent, int allocatedPercent, int freePercent) {
}
