import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error.ts';

/** Runs a write a button starts: busy meanwhile, "saved" when it worked, the problem in the user's language when not. */
export function useAction() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run(write: () => Promise<unknown>): Promise<void> {
    setBusy(true);
    try {
      await write();
      void message.success(t('common.saved'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
