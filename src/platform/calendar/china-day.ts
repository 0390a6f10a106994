/**
 * Calendar days in China (Asia/Shanghai, UTC+8 all year, no daylight saving): the day a date or a period speaks
 * of, as `YYYY-MM-DD`, whatever the server's own time zone.
 */
export const chinaDayOf = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export const chinaToday = (): string => chinaDayOf(new Date());
