/**
 * How long open requests have waited, in whole days since they were opened: under a day, 1–3, 3–7, 7–30 and over
 * 30 days, each from its first day (included) to the next one's (excluded), so that every age falls in one bucket.
 */
export const backlogAgeKeys = ['underDay', 'days1to3', 'days3to7', 'days7to30', 'over30'] as const;
export type BacklogAge = (typeof backlogAgeKeys)[number];

export const backlogAges: readonly { key: BacklogAge; fromDays: number; toDays: number | null }[] = [
  { key: 'underDay', fromDays: 0, toDays: 1 },
  { key: 'days1to3', fromDays: 1, toDays: 3 },
  { key: 'days3to7', fromDays: 3, toDays: 7 },
  { key: 'days7to30', fromDays: 7, toDays: 30 },
  { key: 'over30', fromDays: 30, toDays: null },
];

/** The bucket of an age in whole days (0 for a request opened less than 24 hours ago). */
export function backlogAgeOf(wholeDays: number): BacklogAge {
  return backlogAges.findLast((age) => wholeDays >= age.fromDays)?.key ?? 'underDay';
}

/** Requests counted per whole day of age, summed into the buckets, every bucket present. */
export function countByAge(rows: readonly { days: number; count: number }[]): Record<BacklogAge, number> {
  const counts = Object.fromEntries(backlogAgeKeys.map((key) => [key, 0])) as Record<BacklogAge, number>;
  for (const row of rows) counts[backlogAgeOf(row.days)] += row.count;
  return counts;
}
