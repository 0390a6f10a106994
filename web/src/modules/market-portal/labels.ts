import type { TFunction } from 'i18next';
import { translateOr } from '../../i18n/index.ts';

/** An amount in 万元, or 面议 when there is none. */
export function formatWan(t: TFunction, amount: number | null): string {
  return amount === null ? t('portal.priceNegotiable') : t('portal.wan', { amount: amount.toLocaleString() });
}

/** A value the server sends in Simplified Chinese (a maturity, a mode) in the reader's language. */
export function valueLabel(group: 'maturities' | 'modes', value: string): string {
  return translateOr(`portal.${group}.${value}`, value);
}
