import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { antdLocales, currentLanguage } from '../i18n/index.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

const theme = {
  token: { colorPrimary: '#1f5fbf', borderRadius: 6, fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" },
};

export function App() {
  // Subscribes to language changes, so antd's own texts (pagination, pickers, empty states) follow at once.
  useTranslation();
  const language = currentLanguage();
  // antd's App (messages, dialogs: some 18 KB compressed) wraps the signed-in frames, AppLayout and
  // ChangePasswordPage, rather than everything: the sign-in page has no use for it.
  return (
    // No space forced between two Chinese characters of a button: 登录, not 登 录.
    <ConfigProvider locale={antdLocales[language]} theme={theme} button={{ autoInsertSpace: false }}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
