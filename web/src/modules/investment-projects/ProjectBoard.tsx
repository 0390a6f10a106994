import { App, Empty, Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInto } from '../../../../src/modules/investment-projects/project-stages.ts';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { ErrorResult } from '../../components/results.tsx';
import { projectStages, useProjects, type MoveAction, type ProjectStage, type ProjectSummary } from './api.ts';
import { MoveModal } from './MoveModal.tsx';
import { ProjectCard } from './ProjectCard.tsx';
import { StagePicker } from './StagePicker.tsx';
import { useStageName } from './StageTag.tsx';

/**
 * The kanban: a column per stage. Dragging a card to another column opens that move's evidence form; the card
 * moves only when the server accepts it. At phone width one column at a time, and a stage picker on each card.
 */
export function ProjectBoard({ mine, works }: { mine: boolean; works: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const stageName = useStageName();
  const { data, error, isPending, refetch } = useProjects({ mine: mine ? 'true' : undefined, page: 1, pageSize: 200 });
  const [moving, setMoving] = useState<{ project: ProjectSummary; action: MoveAction } | null>(null);
  const [column, setColumn] = useState<ProjectStage>('lead');
  const [over, setOver] = useState<ProjectStage | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Spin />;
  const byStage = (stage: ProjectStage) => data.items.filter((project) => project.stage === stage);

  function drop(stage: ProjectStage, projectId: string) {
    setOver(null);
    const project = data!.items.find((p) => p.id === projectId);
    if (!project || project.stage === stage) return;
    const action = actionInto(project, stage) as MoveAction | null;
    if (!action) {
      void message.warning(t('projects.board.notAllowed', { from: stageName(project.stage), to: stageName(stage) }));
      return;
    }
    setMoving({ project, action });
  }

  const cards = (stage: ProjectStage) =>
    byStage(stage).map((project) => (
      <ProjectCard key={project.id} project={project} draggable={works && !isMobile} extra={works && isMobile ? <StagePicker project={project} /> : undefined} />
    ));

  return (
    <>
      {data.total > data.items.length && <Typography.Paragraph type="secondary">{t('projects.board.truncated', { shown: data.items.length, total: data.total })}</Typography.Paragraph>}
      {isMobile ? (
        <Flex vertical gap={8}>
          <Select<ProjectStage>
            value={column}
            onChange={setColumn}
            aria-label={t('projects.board.column')}
            options={projectStages.map((stage) => ({ value: stage, label: `${stageName(stage)} · ${byStage(stage).length}` }))}
          />
          {byStage(column).length ? cards(column) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.board.emptyColumn')} />}
        </Flex>
      ) : (
        <div style={{ display: 'flex', gap: 12, overflowX: 'auto', alignItems: 'flex-start', paddingBottom: 8 }}>
          {projectStages.map((stage) => (
            <section
              key={stage}
              aria-label={stageName(stage)}
              onDragOver={(event) => {
                if (!works) return;
                event.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver((current) => (current === stage ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                drop(stage, event.dataTransfer.getData('text/plain'));
              }}
              style={{
                flex: '0 0 220px',
                background: over === stage ? 'rgba(22, 119, 255, 0.08)' : 'rgba(0, 0, 0, 0.02)',
                borderRadius: 8,
                padding: 8,
                minHeight: 200,
              }}
            >
              <Typography.Text strong>
                {stageName(stage)} <Typography.Text type="secondary">{byStage(stage).length}</Typography.Text>
              </Typography.Text>
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                {cards(stage)}
              </Flex>
            </section>
          ))}
        </div>
      )}
      {moving && <MoveModal project={moving.project} action={moving.action} onClose={() => setMoving(null)} />}
    </>
  );
}
