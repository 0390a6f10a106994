import type { ScoreFactor } from '../index/top-k.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES, type Demand, type DemandKind, type Listing, type Maturity } from '../types.ts';
import { fieldFit, maturityFit, modeFit, priceFit, regionFit, type Assessment } from './criteria.ts';
import { FieldRegistry } from './fields.ts';
import { modeMask, wantedModes } from './modes.ts';
import { RegionRegistry } from './regions.ts';

/** A listing's structured attributes as numbers: ids (0 = none), maturity level (-1 = none), NaN = 面议. */
export interface ListingProfile {
  field: number;
  maturity: number;
  priceWan: number;
  modes: number;
  region: number;
}

export interface DemandProfile {
  kind: DemandKind;
  field: number;
  maturityNeeded: number;
  budgetWan: number;
  modes: number;
  region: number;
}

export const CRITERIA = ['field', 'maturity', 'price', 'modes', 'region'] as const;
export type Criterion = (typeof CRITERIA)[number];

const KINDS: readonly DemandKind[] = ['technology', 'capital'];
const MODE_MASKS = 1 << TRANSACTION_MODES.length;
/** Maturity levels shifted by one, so that "none" (-1) indexes 0. */
const LEVELS_WITH_NONE = MATURITY_LEVELS.length + 1;

const level = (maturity: Maturity | null): number => (maturity ? MATURITY_LEVELS.indexOf(maturity) : -1);
const amount = (value: number | null): number => value ?? Number.NaN;

function grown<T extends Uint8Array | Int8Array | Uint16Array | Float64Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const bigger = make(Math.max(size, array.length * 2, 16));
  bigger.set(array);
  return bigger;
}

/** Listing attributes by document number, as typed arrays: what the search hot path reads. */
export class ListingColumns {
  field = new Uint16Array(0);
  maturity = new Int8Array(0);
  priceWan = new Float64Array(0);
  modes = new Uint8Array(0);
  region = new Uint16Array(0);

  set(doc: number, profile: ListingProfile): void {
    const size = doc + 1;
    this.field = grown(this.field, size, (n) => new Uint16Array(n));
    this.maturity = grown(this.maturity, size, (n) => new Int8Array(n));
    this.priceWan = grown(this.priceWan, size, (n) => new Float64Array(n));
    this.modes = grown(this.modes, size, (n) => new Uint8Array(n));
    this.region = grown(this.region, size, (n) => new Uint16Array(n));
    this.field[doc] = profile.field;
    this.maturity[doc] = profile.maturity;
    this.priceWan[doc] = profile.priceWan;
    this.modes[doc] = profile.modes;
    this.region[doc] = profile.region;
  }
}

export class DemandColumns {
  capital = new Uint8Array(0);
  field = new Uint16Array(0);
  maturityNeeded = new Int8Array(0);
  budgetWan = new Float64Array(0);
  modes = new Uint8Array(0);
  region = new Uint16Array(0);

  set(doc: number, profile: DemandProfile): void {
    const size = doc + 1;
    this.capital = grown(this.capital, size, (n) => new Uint8Array(n));
    this.field = grown(this.field, size, (n) => new Uint16Array(n));
    this.maturityNeeded = grown(this.maturityNeeded, size, (n) => new Int8Array(n));
    this.budgetWan = grown(this.budgetWan, size, (n) => new Float64Array(n));
    this.modes = grown(this.modes, size, (n) => new Uint8Array(n));
    this.region = grown(this.region, size, (n) => new Uint16Array(n));
    this.capital[doc] = profile.kind === 'capital' ? 1 : 0;
    this.field[doc] = profile.field;
    this.maturityNeeded[doc] = profile.maturityNeeded;
    this.budgetWan[doc] = profile.budgetWan;
    this.modes[doc] = profile.modes;
    this.region[doc] = profile.region;
  }
}

/**
 * The product of a pair's factors, given in criterion order: the order in which search multiplies them too, so
 * that an explanation reproduces the score to the last bit.
 */
export function fitProduct(factors: Iterable<{ factor: number }>): number {
  let product = 1;
  for (const { factor } of factors) product *= factor;
  return product;
}

/**
 * Structured fit between demands and listings, the same in both matching directions. Explanations call
 * `assess`; search uses a factor compiled for one query into lookup tables over the other side's attribute
 * values, filled by the very same criteria, so the two agree exactly.
 */
export class FitModel {
  private readonly fields = new FieldRegistry();
  private readonly regions = new RegionRegistry();

  listingProfile(listing: Listing): ListingProfile {
    return {
      field: this.fields.id(listing.field),
      maturity: level(listing.maturity),
      priceWan: amount(listing.priceWan),
      modes: modeMask(listing.modes),
      region: this.regions.id(listing.region),
    };
  }

  demandProfile(demand: Demand): DemandProfile {
    return {
      kind: demand.kind,
      field: this.fields.id(demand.field),
      maturityNeeded: level(demand.maturityNeeded),
      budgetWan: amount(demand.budgetWan),
      modes: wantedModes(demand),
      region: this.regions.id(demand.region),
    };
  }

  assess(demand: DemandProfile, listing: ListingProfile): Record<Criterion, Assessment> {
    return {
      field: fieldFit(demand.kind, this.fields.relation(demand.field, listing.field)),
      maturity: maturityFit(demand.kind, demand.maturityNeeded, listing.maturity),
      price: priceFit(demand.kind, demand.budgetWan, listing.priceWan),
      modes: modeFit(demand.kind, demand.modes, listing.modes),
      region: regionFit(demand.region, listing.region),
    };
  }

  /** The fit factor of every listing for one demand (listings searched for a demand). */
  listingFactor(demand: DemandProfile, listings: ListingColumns): ScoreFactor {
    const { kind } = demand;
    const field = Float64Array.from({ length: this.fields.size + 1 }, (_, id) =>
      fieldFit(kind, this.fields.relation(demand.field, id)).factor,
    );
    const maturity = Float64Array.from({ length: LEVELS_WITH_NONE }, (_, i) => maturityFit(kind, demand.maturityNeeded, i - 1).factor);
    const modes = Float64Array.from({ length: MODE_MASKS }, (_, mask) => modeFit(kind, demand.modes, mask).factor);
    const region = Float64Array.from({ length: this.regions.size + 1 }, (_, id) => regionFit(demand.region, id).factor);
    return {
      of: (doc) =>
        field[listings.field[doc]!]! *
        maturity[listings.maturity[doc]! + 1]! *
        priceFit(kind, demand.budgetWan, listings.priceWan[doc]!).factor *
        modes[listings.modes[doc]!]! *
        region[listings.region[doc]!]!,
      max: bestFitFactor(demand),
    };
  }

  /** The fit factor of every demand for one listing (demands searched for a listing). */
  demandFactor(listing: ListingProfile, demands: DemandColumns): ScoreFactor {
    const byKind = <T>(table: (kind: DemandKind) => T) => KINDS.map(table);
    const field = byKind((kind) =>
      Float64Array.from({ length: this.fields.size + 1 }, (_, id) => fieldFit(kind, this.fields.relation(id, listing.field)).factor),
    );
    const maturity = byKind((kind) =>
      Float64Array.from({ length: LEVELS_WITH_NONE }, (_, i) => maturityFit(kind, i - 1, listing.maturity).factor),
    );
    const modes = byKind((kind) => Float64Array.from({ length: MODE_MASKS }, (_, mask) => modeFit(kind, mask, listing.modes).factor));
    const region = Float64Array.from({ length: this.regions.size + 1 }, (_, id) => regionFit(id, listing.region).factor);
    return {
      of: (doc) => {
        const kind = demands.capital[doc]!;
        return (
          field[kind]![demands.field[doc]!]! *
          maturity[kind]![demands.maturityNeeded[doc]! + 1]! *
          priceFit(KINDS[kind]!, demands.budgetWan[doc]!, listing.priceWan).factor *
          modes[kind]![demands.modes[doc]!]! *
          region[demands.region[doc]!]!
        );
      },
      max: BEST_FIT_FACTOR_OF_ANY_PAIR,
    };
  }
}

/** The largest factor any listing can reach for this demand: each criterion at its best, or unknown. */
export function bestFitFactor(demand: DemandProfile): number {
  const best = (factors: number[]) => Math.max(1, ...factors);
  const field = demand.field === 0 ? 1 : best([fieldFit(demand.kind, 'same').factor, fieldFit(demand.kind, 'related').factor]);
  return (
    field *
    best(MATURITY_LEVELS.map((_, offered) => maturityFit(demand.kind, demand.maturityNeeded, offered).factor)) *
    best([priceFit(demand.kind, demand.budgetWan, 0).factor]) *
    best([modeFit(demand.kind, demand.modes, demand.modes).factor]) *
    best([regionFit(demand.region, demand.region).factor])
  );
}

/** The largest factor any demand–listing pair can reach, for searching demands, whose profiles vary. */
export const BEST_FIT_FACTOR_OF_ANY_PAIR = Math.max(
  ...KINDS.flatMap((kind) =>
    MATURITY_LEVELS.map((_, needed) =>
      bestFitFactor({ kind, field: 1, maturityNeeded: needed, budgetWan: 1, modes: 1, region: 1 }),
    ),
  ),
);
