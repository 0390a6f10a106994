import { LoginOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Brand } from '../../components/Brand.tsx';
import { LanguageSelect } from '../../components/LanguageSelect.tsx';

/**
 * The frame of the public portal, for readers who have not signed in: the brand, the language choice of the sign-in
 * page and the way in; one narrow column, laid out for a phone first and centred on a wider screen. Other public
 * pages (the competition's registration) use it under their own title and home.
 */
export function PortalFrame({ children, signInNext, title, home = '/portal' }: { children: ReactNode; signInNext?: string; title?: string; home?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('portal.title');
  const signIn = signInNext ? `/login?next=${encodeURIComponent(signInNext)}` : '/login';
  return (
    <div className="portal-page">
      <header className="portal-header">
        <Link to={home} className="portal-brand" aria-label={heading}>
          <Brand />
          <span className="portal-title">{heading}</span>
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
