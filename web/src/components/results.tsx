import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../app/api.ts';
import { describeError } from './describe-error.ts';

// Their illustrations are some 30 KB of SVG the sign-in page never shows: the entry (router.tsx, auth.tsx) imports
// these pages lazily, so that /login does not fetch them.

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenDetail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFoundDetail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}

/**
 * A page that could not load: no permission and missing records get their own pages, anything else a retry. On a
 * page whose address names a record (`recordInAddress`), a malformed id (the server's 400) is a missing record
 * too: retrying cannot help.
 */
export function ErrorResult({ error, onRetry, recordInAddress }: { error: unknown; onRetry?: () => void; recordInAddress?: boolean }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 403) return <ForbiddenResult />;
  if (error instanceof ApiProblem && (error.status === 404 || (recordInAddress && error.status === 400))) return <NotFoundResult />;
  return (
    <Result
      status="error"
      title={t('errors.loadFailed')}
      subTitle={describeError(error, t)}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
