import { useTranslation } from 'react-i18next';
import { ImportWizard } from '../../components/ImportWizard.tsx';
import { enterpriseKeys } from './api.ts';

/** 批量导入企业: the register's own template, an export or a corrected error report. */
export function EnterpriseImportPage() {
  const { t } = useTranslation();
  return (
    <ImportWizard
      path="/api/enterprises"
      title={t('enterprise.import.title')}
      templateFileName={t('enterprise.import.templateFileName')}
      doneTitle={(count) => t('enterprise.import.doneTitle', { count })}
      list={{ to: '/enterprises?sort=createdAt&order=desc', label: t('enterprise.import.viewList') }}
      invalidates={enterpriseKeys.all}
    />
  );
}
