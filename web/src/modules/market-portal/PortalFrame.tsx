import { LoginOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../components/Brand.tsx';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';

/**
 * The frame of the public portal, for readers who have not signed in: the brand, the language choice of the sign-in
 * page and the way in; one narrow column, laid out for a phone first and centred on a wider screen.
 */
export function PortalFrame({ children, signInNext }: { children: ReactNode; signInNext?: string }) {
  const { t } = useTranslation();
  const signIn = signInNext ? `/login?next=${encodeURIComponent(signInNext)}` : '/login';
  return (
    <div className="portal-page">
      <header className="portal-header">
        <Link to="/portal" className="portal-brand" aria-label={t('portal.title')}>
          <Brand />
          <span className="portal-title">{t('portal.title')}</span>
        </Link>
        <span className="portal-header-actions">
          <LanguageSelect />
          <Link to={signIn}>
            <Button type="primary" size="small" icon={<LoginOutlined />}>
              {t('portal.signIn')}
            </Button>
          </Link>
        </span>
      </header>
      <main className="portal-main">{children}</main>
    </div>
  );
}
