import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SignInFieldProps {
  id: string;
  label: string;
  icon: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, shown below the field; null when nothing is. */
  problem: string | null;
  autoComplete: string;
  autoFocus?: boolean;
  /** A password: hidden as typed, with a button that shows it. */
  secret?: boolean;
}

/**
 * A labelled field of the sign-in form, drawn as antd's large outlined input with its prefix icon, error state and
 * password eye, in the theme's tokens. antd's Input would bring its form library along (it reads the form's
 * context): some 22 KB compressed, a tenth of what the sign-in page loads (README, Web delivery).
 */
export function SignInField({ id, label, icon, value, onChange, problem, autoComplete, autoFocus, secret }: SignInFieldProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [shown, setShown] = useState(false);
  const themed = {
    '--field-font-size': `${token.fontSizeLG}px`,
    '--field-radius': `${token.borderRadiusLG}px`,
    '--field-background': token.colorBgContainer,
    '--field-border': token.colorBorder,
    '--field-hover': token.colorPrimaryHover,
    '--field-active': token.colorPrimary,
    '--field-outline': token.controlOutline,
    '--field-error': token.colorError,
    '--field-error-hover': token.colorErrorBorderHover,
    '--field-error-outline': token.colorErrorOutline,
    '--field-icon': token.colorTextDescription,
    '--field-icon-hover': token.colorIconHover,
  } as CSSProperties;
  const helpId = `${id}_help`;
  return (
    <div className={problem ? 'login-field login-field-invalid' : 'login-field'} style={themed}>
      <label htmlFor={id}>{label}</label>
      <span className="login-input">
        <span className="login-input-prefix">{icon}</span>
        <input
          id={id}
          type={secret && !shown ? 'password' : 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          aria-required
          aria-invalid={Boolean(problem)}
          aria-describedby={problem ? helpId : undefined}
        />
        {secret && (
          <button
            type="button"
            className="login-input-eye"
            aria-label={t('auth.showPassword')}
            aria-pressed={shown}
            // A click leaves the caret in the field, as antd's eye does.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setShown((now) => !now)}
          >
            {shown ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          </button>
        )}
      </span>
      {problem && (
        <div id={helpId} className="login-field-problem" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
