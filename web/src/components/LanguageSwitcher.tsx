import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api.ts';
import { useOptionalMe, useSessionActions } from '../app/auth.tsx';
import { changeLanguage, currentLanguage, languageNames, languages, type Language } from '../i18n/index.ts';
import { describeError } from './describe-error.ts';

/** Switches the interface language at once; a signed-in user's account remembers it for next time. */
export function useChooseLanguage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useOptionalMe();
  const { updateMe } = useSessionActions();
  return async (next: Language) => {
    await changeLanguage(next);
    if (!me) return;
    try {
      updateMe(await api.PATCH('/api/auth/me', { body: { locale: next } }));
    } catch (error) {
      void message.warning(`${t('profile.languageNotSaved')} ${describeError(error, t)}`);
    }
  };
}

export function LanguageSwitcher({ showName = true }: { showName?: boolean }) {
  const { t } = useTranslation();
  const choose = useChooseLanguage();
  const language = currentLanguage();

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: languages.map((key) => ({ key, label: <span lang={key}>{languageNames[key]}</span> })),
        onClick: ({ key }) => void choose(key as Language),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('common.language')} data-testid="language-switcher">
        {showName && languageNames[language]}
      </Button>
    </Dropdown>
  );
}
