/** Technology readiness as the market states it, from least to most mature. */
export const MATURITY_LEVELS = ['实验室', '小试', '中试', '量产'] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number];

export const TRANSACTION_MODES = ['转让', '许可', '作价入股', '合作开发', '技术服务'] as const;
export type TransactionMode = (typeof TRANSACTION_MODES)[number];

/** A technology listing (科技成果), as offered by its owner. */
export interface Listing {
  id: string;
  title: string;
  summary: string;
  field: string | null;
  keywords: string[];
  maturity: Maturity | null;
  modes: TransactionMode[];
  /** Asking price in 10k CNY; null = 面议 (to be negotiated), which is unknown, not a mismatch. */
  priceWan: number | null;
  owner: string | null;
  region: string | null;
}

/**
 * A demand: an enterprise's technical problem (technology) or an investor's focus (capital). For a capital demand
 * `field` is the investor's field, `maturityNeeded` the earliest stage it invests in and `budgetWan` the largest
 * ticket; for a technology demand they are the field, the least maturity acceptable and the budget.
 */
export interface Demand {
  id: string;
  kind: 'technology' | 'capital';
  title: string;
  description: string;
  field: string | null;
  budgetWan: number | null;
  maturityNeeded: Maturity | null;
  region: string | null;
  /** Transaction modes the demander accepts; when absent they are read from the description (转让, 入股…). */
  modes?: TransactionMode[];
}

export type DemandKind = Demand['kind'];
