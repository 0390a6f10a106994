import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { Brand } from '../../components/Brand.tsx';

/**
 * The frame of the pages shown before the app proper: sign-in and the forced password change. Plain elements rather
 * than antd's Card and Typography, whose tabs, skeleton and text editing would otherwise travel with the sign-in
 * page; their font and colours come from the theme's tokens. The corner holds the page's language choice.
 */
export function AuthCard({ language, tagline, children }: { language: ReactNode; tagline?: string; children: ReactNode }) {
  const { token } = theme.useToken();
  const themed = {
    fontFamily: token.fontFamily,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
    color: token.colorText,
    '--auth-heading': token.colorTextHeading,
    '--auth-secondary': token.colorTextDescription,
    '--auth-hover': token.colorBgTextHover,
  } as CSSProperties;
  return (
    <div className="login-page" style={themed}>
      <div className="login-language">{language}</div>
      <div className="login-card">
        <div className="login-heading">
          <Brand size="large" />
          {tagline && <p className="login-tagline">{tagline}</p>}
        </div>
        {children}
      </div>
    </div>
  );
}
