import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { download, type QueryValue } from '../app/api.ts';
import { describeError } from './describe-error.ts';

/**
 * A button that downloads a file of the API (a workbook, an export): busy while it comes, and a refusal shown as
 * the server's problem in the reader's language.
 */
export function DownloadButton({
  path,
  fileName,
  query,
  disabled,
  children,
}: {
  path: string;
  /** The name to save under when the server gives none. */
  fileName: string;
  query?: Record<string, QueryValue>;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    try {
      await download(path, fileName, query);
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={busy} disabled={disabled} onClick={() => void start()}>
      {children}
    </Button>
  );
}
