import type { ReactNode } from 'react';
import { Brand } from '../../components/Brand.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';

/**
 * The frame of the pages shown before the app proper: sign-in and the forced password change. A plain box rather
 * than antd's Card, whose tabs and skeleton would otherwise travel with the sign-in page.
 */
export function AuthCard({ tagline, children }: { tagline?: ReactNode; children: ReactNode }) {
  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitcher />
      </div>
      <div className="login-card">
        <div className="login-heading">
          <Brand size="large" />
          {tagline}
        </div>
        {children}
      </div>
    </div>
  );
}
