import type { FigureIndicator } from '../../enterprises/figure-indicators.ts';
import type { SizeClass } from '../../enterprises/schema.ts';

/**
 * What the master record knows of one enterprise, as a rule reads it. Null is a fact the record lacks (unknown);
 * tags and lists are always known (an enterprise not carrying a tag does not carry it).
 */
export interface EnterpriseFacts {
  enterpriseId: string;
  industryCode: string | null;
  regionCode: string | null;
  /**
   * The enterprise's region and every region above it (district, city, province), read from the regions table
   * beforehand so that evaluating stays pure: a region condition holds when one of its codes is among them.
   */
  regionLineage: readonly string[];
  tagIds: readonly string[];
  sizeClass: SizeClass | null;
  foundedOn: string | null;
  registeredCapitalWan: number | null;
  /** Yearly figures by `figureKey(indicator, year)`; no key = no figure given for that year. */
  figures: Readonly<Record<string, number>>;
  listIds: readonly string[];
}

export const figureKey = (indicator: FigureIndicator, year: number): string => `${indicator}:${year}`;
