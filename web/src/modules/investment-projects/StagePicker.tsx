import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInto } from '../../../../src/modules/investment-projects/project-stages.ts';
import { projectStages, type MoveAction, type ProjectSummary } from './api.ts';
import { MoveModal } from './MoveModal.tsx';
import { useStageName } from './StageTag.tsx';

/**
 * "Move to…": the stages this project can go to from where it is, for phones (no dragging) and the project page;
 * choosing one opens that move's evidence form, and the project moves when the server accepts it.
 */
export function StagePicker({ project, allowed }: { project: Pick<ProjectSummary, 'id' | 'name' | 'stage' | 'heldFromStage'>; allowed?: readonly string[] }) {
  const { t } = useTranslation();
  const stageName = useStageName();
  const [action, setAction] = useState<MoveAction | null>(null);
  const options = projectStages
    .map((stage) => ({ stage, action: actionInto(project, stage) as MoveAction | null }))
    .filter((option): option is { stage: (typeof projectStages)[number]; action: MoveAction } => option.action !== null && (!allowed || allowed.includes(option.action)));
  if (!options.length) return null;
  return (
    <>
      <Select<MoveAction>
        aria-label={t('projects.board.moveTo')}
        placeholder={t('projects.board.moveTo')}
        // Remounted when its dialog closes, so that it offers the choice afresh.
        key={action ?? 'idle'}
        onChange={setAction}
        style={{ minWidth: 140 }}
        options={options.map((option) => ({ value: option.action, label: stageName(option.stage) }))}
      />
      {action && <MoveModal project={project} action={action} onClose={() => setAction(null)} />}
    </>
  );
}
