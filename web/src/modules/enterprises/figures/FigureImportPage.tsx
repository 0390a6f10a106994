import { useTranslation } from 'react-i18next';
import { ImportWizard } from '../../../components/ImportWizard.tsx';
import { figureKeys } from './api.ts';

/** 导入年度指标: the enterprises' yearly figures from the statistics office's or the tax bureau's sheets. */
export function FigureImportPage() {
  const { t } = useTranslation();
  return (
    <ImportWizard
      path="/api/enterprises/figures"
      title={t('enterprise.figures.import.title')}
      templateFileName={t('enterprise.figures.import.templateFileName')}
      doneTitle={(count) => t('enterprise.figures.import.doneTitle', { count })}
      list={{ to: '/enterprises', label: t('enterprise.import.viewList') }}
      invalidates={figureKeys.all}
    />
  );
}
