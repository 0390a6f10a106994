import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from '../../components/Brand.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';

/** The frame of the pages shown before the app proper: sign-in and the forced password change. */
export function AuthCard({ tagline, children }: { tagline?: ReactNode; children: ReactNode }) {
  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitcher />
      </div>
      <Card className="login-card" variant="borderless">
        <div className="login-heading">
          <Brand size="large" />
          {tagline}
        </div>
        {children}
      </Card>
    </div>
  );
}
