import { useTranslation } from 'react-i18next';

export function Brand({ size = 'normal' }: { size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  return (
    <span className={`brand brand-${size}`} aria-label={t('app.name')} role="img">
      <span className="brand-mark" aria-hidden>
        桥
      </span>
      <span className="brand-name">{t('app.brandText')}</span>
    </span>
  );
}
