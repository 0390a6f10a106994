import type { ScoreFactor } from '../index/top-k.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES, type Demand, type DemandKind, type Listing, type Maturity } from '../types.ts';
import { fieldFit, maturityFit, modeFit, priceFit, regionFit, type Assessment, type FieldRelation, type FieldSource } from './criteria.ts';
import { inferFields, type FieldEvidence } from './field-inference.ts';
import { FieldRegistry } from './fields.ts';
import { readInvestorTerms } from './investor-profile.ts';
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

/**
 * A demand's structured attributes as numbers. `field` numbers the demand's field claim (FieldClaims): its stated
 * field and the fields inferred from its text. For an investor, stage and ticket come from the structured
 * fields or else from its text (investor-profile.ts), and `latestStage` bounds the stages it invests in.
 */
export interface DemandProfile {
  kind: DemandKind;
  field: number;
  /** 'stated' when the demand gives a field, 'inferred' when only its text shows one, null when neither. */
  fieldSource: FieldSource | null;
  /** The fields inferred from the text, with the words that show them (for explanations). */
  inferredFields: readonly FieldEvidence[];
  maturityNeeded: number;
  latestStage: number;
  budgetWan: number;
  /** An investor's smallest ticket, NaN when not said; shown, not scored (an asking price is not a round). */
  minTicketWan: number;
  /** Which of stage and ticket were read from the text rather than given. */
  fromText: { stage: boolean; ticket: boolean };
  modes: number;
  region: number;
}

/** A demand's field claim: the field it states (0 = none) and those inferred from its text. */
interface FieldClaim {
  stated: number;
  inferred: readonly number[];
}

const RELATION_ORDER: readonly FieldRelation[] = ['same', 'related', 'other', 'unknown'];

/** Numbers field claims, so that columns and lookup tables hold one small integer per demand. */
class FieldClaims {
  private readonly ids = new Map<string, number>([['0|', 0]]);
  readonly claims: FieldClaim[] = [{ stated: 0, inferred: [] }];

  id(claim: FieldClaim): number {
    const key = `${claim.stated}|${claim.inferred.join(',')}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.claims.length;
      this.ids.set(key, id);
      this.claims.push(claim);
    }
    return id;
  }

  get size(): number {
    return this.claims.length;
  }
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
  latestStage = new Int8Array(0);
  budgetWan = new Float64Array(0);
  modes = new Uint8Array(0);
  region = new Uint16Array(0);

  set(doc: number, profile: DemandProfile): void {
    const size = doc + 1;
    this.capital = grown(this.capital, size, (n) => new Uint8Array(n));
    this.field = grown(this.field, size, (n) => new Uint16Array(n));
    this.maturityNeeded = grown(this.maturityNeeded, size, (n) => new Int8Array(n));
    this.latestStage = grown(this.latestStage, size, (n) => new Int8Array(n));
    this.budgetWan = grown(this.budgetWan, size, (n) => new Float64Array(n));
    this.modes = grown(this.modes, size, (n) => new Uint8Array(n));
    this.region = grown(this.region, size, (n) => new Uint16Array(n));
    this.capital[doc] = profile.kind === 'capital' ? 1 : 0;
    this.field[doc] = profile.field;
    this.maturityNeeded[doc] = profile.maturityNeeded;
    this.latestStage[doc] = profile.latestStage;
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
  private readonly claims = new FieldClaims();
  private readonly regions = new RegionRegistry();

  /** `infer` reads the fields of a demand's text; the default uses the field vocabulary (field-terms.txt). */
  constructor(private readonly infer: (demand: Demand) => FieldEvidence[] = inferFields) {}

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
    const stated = this.fields.id(demand.field);
    // A technology demand that states its field has said all there is; an investor's focus often spans more
    // fields than the one it states.
    const inferredFields = stated === 0 || demand.kind === 'capital' ? this.infer(demand) : [];
    const inferred = inferredFields.map(({ field }) => this.fields.id(field)).filter((id) => id !== stated);
    const profile: DemandProfile = {
      kind: demand.kind,
      field: this.claims.id({ stated, inferred }),
      fieldSource: stated !== 0 ? 'stated' : inferred.length > 0 ? 'inferred' : null,
      inferredFields: inferredFields.filter(({ field }) => this.fields.id(field) !== stated),
      maturityNeeded: level(demand.maturityNeeded),
      latestStage: -1,
      budgetWan: amount(demand.budgetWan),
      minTicketWan: Number.NaN,
      fromText: { stage: false, ticket: false },
      modes: wantedModes(demand),
      region: this.regions.id(demand.region),
    };
    if (demand.kind === 'capital') {
      const terms = readInvestorTerms(`${demand.title} ${demand.description}`);
      if (profile.maturityNeeded < 0 && terms.earliestStage >= 0) {
        profile.maturityNeeded = terms.earliestStage;
        profile.fromText.stage = true;
      }
      if (terms.latestStage > profile.maturityNeeded) profile.latestStage = terms.latestStage;
      if (Number.isNaN(profile.budgetWan) && !Number.isNaN(terms.maxTicketWan)) {
        profile.budgetWan = terms.maxTicketWan;
        profile.fromText.ticket = true;
      }
      profile.minTicketWan = terms.minTicketWan;
    }
    return profile;
  }

  /** How a listing's field relates to a demand's claim, and whether the relation rests on an inferred field. */
  fieldRelation(claimId: number, listingField: number): { relation: FieldRelation; source: FieldSource } {
    const { stated, inferred } = this.claims.claims[claimId]!;
    if (stated !== 0) {
      const relation = this.fields.relation(stated, listingField);
      if (relation !== 'same' && inferred.includes(listingField)) return { relation: 'same', source: 'inferred' };
      return { relation, source: 'stated' };
    }
    let best: FieldRelation = 'unknown';
    for (const field of inferred) {
      const relation = this.fields.relation(field, listingField);
      if (RELATION_ORDER.indexOf(relation) < RELATION_ORDER.indexOf(best)) best = relation;
    }
    return { relation: best, source: 'inferred' };
  }

  private fieldAssessment(kind: DemandKind, claimId: number, listingField: number): Assessment {
    const { relation, source } = this.fieldRelation(claimId, listingField);
    return fieldFit(kind, relation, source);
  }

  assess(demand: DemandProfile, listing: ListingProfile): Record<Criterion, Assessment> {
    return {
      field: this.fieldAssessment(demand.kind, demand.field, listing.field),
      maturity: maturityFit(demand.kind, demand.maturityNeeded, listing.maturity, demand.latestStage),
      price: priceFit(demand.kind, demand.budgetWan, listing.priceWan),
      modes: modeFit(demand.kind, demand.modes, listing.modes),
      region: regionFit(demand.region, listing.region),
    };
  }

  /** The fit factor of every listing for one demand (listings searched for a demand). */
  listingFactor(demand: DemandProfile, listings: ListingColumns): ScoreFactor {
    const { kind } = demand;
    const field = Float64Array.from({ length: this.fields.size + 1 }, (_, id) => this.fieldAssessment(kind, demand.field, id).factor);
    const maturity = Float64Array.from(
      { length: LEVELS_WITH_NONE },
      (_, i) => maturityFit(kind, demand.maturityNeeded, i - 1, demand.latestStage).factor,
    );
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
      Float64Array.from({ length: this.claims.size }, (_, claim) => this.fieldAssessment(kind, claim, listing.field).factor),
    );
    // Indexed by (earliest + 1) × LEVELS_WITH_NONE + (latest + 1).
    const maturity = byKind((kind) =>
      Float64Array.from({ length: LEVELS_WITH_NONE * LEVELS_WITH_NONE }, (_, i) =>
        maturityFit(kind, Math.floor(i / LEVELS_WITH_NONE) - 1, listing.maturity, (i % LEVELS_WITH_NONE) - 1).factor,
      ),
    );
    const modes = byKind((kind) => Float64Array.from({ length: MODE_MASKS }, (_, mask) => modeFit(kind, mask, listing.modes).factor));
    const region = Float64Array.from({ length: this.regions.size + 1 }, (_, id) => regionFit(id, listing.region).factor);
    return {
      of: (doc) => {
        const kind = demands.capital[doc]!;
        return (
          field[kind]![demands.field[doc]!]! *
          maturity[kind]![(demands.maturityNeeded[doc]! + 1) * LEVELS_WITH_NONE + demands.latestStage[doc]! + 1]! *
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
export function bestFitFactor(demand: Pick<DemandProfile, 'kind' | 'fieldSource' | 'maturityNeeded' | 'budgetWan' | 'modes' | 'region'>): number {
  const best = (factors: number[]) => Math.max(1, ...factors);
  const source = demand.fieldSource;
  // A stated field with inferred ones besides can meet a listing of an inferred field, whose factor is lower.
  const field = source === null ? 1 : best([fieldFit(demand.kind, 'same', source).factor, fieldFit(demand.kind, 'related', source).factor]);
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
      bestFitFactor({ kind, fieldSource: 'stated', maturityNeeded: needed, budgetWan: 1, modes: 1, region: 1 }),
    ),
  ),
);
