import { useTranslation } from 'react-i18next';
import { ImportWizard } from '../../components/ImportWizard.tsx';
import { projectKeys } from './api.ts';

/** 导入项目台账: an existing ledger, each row a project at its stage (src/modules/investment-projects/import-ledger). */
export function LedgerImportPage() {
  const { t } = useTranslation();
  return (
    <ImportWizard
      path="/api/projects"
      title={t('projects.ledger.title')}
      templateFileName={t('projects.ledger.templateFileName')}
      doneTitle={(count) => t('projects.ledger.doneTitle', { count })}
      list={{ to: '/projects?view=table', label: t('projects.ledger.viewList') }}
      invalidates={projectKeys.all}
    />
  );
}
