/** A duration as whole days, hours and minutes, for the time a record spent in a state. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

const units = ['days', 'hours', 'minutes'] as const;

/**
 * The largest unit that is not zero and the one below it when that is not zero either (2 天 3 小时, 2 天, 5 小时 12
 * 分钟, 0 分钟), through the labels given: precise enough to compare waits, short enough for a phone.
 */
export function formatDuration(ms: number, label: (unit: (typeof units)[number], count: number) => string): string {
  const parts = durationParts(ms);
  const first = units.findIndex((unit) => parts[unit] > 0);
  if (first === -1) return label('minutes', 0);
  return units
    .slice(first, first + 2)
    .filter((unit) => parts[unit] > 0)
    .map((unit) => label(unit, parts[unit]))
    .join(' ');
}

/** An amount in 万元 as people write it: no trailing zeros, thousands grouped. */
export function formatWan(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
