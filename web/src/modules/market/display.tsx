import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { maturityKeys, modeKeys, stateColors, type Maturity, type MarketState, type TransactionMode } from './api.ts';
import { formatWan } from './format-market.ts';

export function StateTag({ state }: { state: MarketState }) {
  const { t } = useTranslation();
  return <Tag color={stateColors[state]}>{t(`market.states.${state}`)}</Tag>;
}

/** Labels of the market's values in the reader's language. */
export function useMarketLabels() {
  const { t, i18n } = useTranslation();
  const wan = (value: number) => formatWan(value, i18n.language);
  return {
    maturity: (value: Maturity) => t(`market.maturity.${maturityKeys[value]}`),
    mode: (value: TransactionMode) => t(`market.modes.${modeKeys[value]}`),
    modes: (values: readonly TransactionMode[]) => values.map((value) => t(`market.modes.${modeKeys[value]}`)).join(t('common.listSeparator')),
    /** A listing's price: an amount, or 面议 when none is asked. */
    price: (value: number | null) => (value === null ? t('market.values.negotiable') : t('market.values.wan', { amount: wan(value) })),
    amount: (value: number | null) => (value === null ? t('market.values.none') : t('market.values.wan', { amount: wan(value) })),
    /** An investor's ticket, open at either end. */
    ticket: (min: number | null, max: number | null) =>
      min !== null && max !== null
        ? t('market.values.wanRange', { min: wan(min), max: wan(max) })
        : min !== null
          ? t('market.values.wanFrom', { amount: wan(min) })
          : max !== null
            ? t('market.values.wanUpTo', { amount: wan(max) })
            : t('market.values.none'),
  };
}
