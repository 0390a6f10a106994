import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A price or budget in 万元 as the reader writes amounts; null is 面议 (to be negotiated). */
export function WanAmount({ value }: { value: number | null }) {
  const { t } = useTranslation();
  return <Tag color="blue">{value === null ? t('marketMatching.negotiable') : t('marketMatching.wan', { value })}</Tag>;
}
