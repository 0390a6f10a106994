import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { stageColors, type ProjectStage } from './api.ts';

export function useStageName() {
  const { t } = useTranslation();
  return (stage: ProjectStage) => t(`projects.stages.${stage}`);
}

export function StageTag({ stage }: { stage: ProjectStage }) {
  const name = useStageName();
  return <Tag color={stageColors[stage]}>{name(stage)}</Tag>;
}
