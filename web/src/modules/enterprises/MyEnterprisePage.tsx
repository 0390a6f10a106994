import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';

/** 我的企业: an enterprise user's own record, or why there is none yet. */
export function MyEnterprisePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.enterpriseId) return <Navigate to={`/enterprises/${me.enterpriseId}`} replace />;
  return <Result status="info" title={t('enterprise.mine.unlinkedTitle')} subTitle={t('enterprise.mine.unlinkedDetail')} />;
}
