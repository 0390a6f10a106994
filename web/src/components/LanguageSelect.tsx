import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, languageNames, languages } from '../i18n/index.ts';

/**
 * The language choice of the sign-in page: the browser's own select, which costs that page nothing to load (antd's
 * Dropdown and Menu would cost it some 20 KB) and opens the phone's own picker. Before sign-in there is no account
 * to remember the choice; the browser keeps it (i18n/index.ts).
 */
export function LanguageSelect() {
  const { t } = useTranslation();
  return (
    <span className="language-select">
      <GlobalOutlined className="language-select-icon" aria-hidden />
      <select aria-label={t('common.language')} value={currentLanguage()} onChange={(event) => isLanguage(event.target.value) && void changeLanguage(event.target.value)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </span>
  );
}
