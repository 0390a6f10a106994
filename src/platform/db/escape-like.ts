/** Text to look for inside a LIKE / ILIKE pattern, its wildcards (% and _) and the escape character taken literally. */
export const escapeLike = (text: string): string => text.replace(/[%_\\]/g, '\\$&');
