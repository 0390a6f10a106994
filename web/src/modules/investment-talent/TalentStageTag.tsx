import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { talentStageColors, type TalentStage } from './api.ts';

export function TalentStageTag({ stage }: { stage: TalentStage }) {
  const { t } = useTranslation();
  return <Tag color={talentStageColors[stage]}>{t(`talent.stages.${stage}`)}</Tag>;
}
