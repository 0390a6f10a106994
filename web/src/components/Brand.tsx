import { useTranslation } from 'react-i18next';

export function Brand({ size = 'normal' }: { size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  return (
    <span className={`brand brand-${size}`} aria-label={t('app.name')} role="img">
      {/* The logo is the character 桥 (bridge), written in the reader's script; in English it stays a Chinese glyph. */}
      <span className="brand-mark" aria-hidden lang="zh" translate="no">
        {t('app.brandMark')}
      </span>
      <span className="brand-name">{t('app.brandText')}</span>
    </span>
  );
}
