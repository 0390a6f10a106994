import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/describe-error.ts';
import { useRefreshEnterpriseEvents } from './api.ts';

/** Sends a write, loads the events again, and shows the server's refusal (full, deadline passed) when there is one. */
export function useEventWrite() {
  const refresh = useRefreshEnterpriseEvents();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await write();
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
