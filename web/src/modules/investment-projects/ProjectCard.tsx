import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWan, type ProjectSummary } from './api.ts';

/** One project on the board or a card list: name, enterprise, manager, amount (flagged when unverified), days in stage. */
export function ProjectCard({ project, extra, draggable }: { project: ProjectSummary; extra?: ReactNode; draggable?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      size="small"
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', project.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: draggable ? 'grab' : undefined }}
    >
      <Flex vertical gap={4}>
        <Typography.Text strong ellipsis={{ tooltip: project.name }}>
          <Link to={`/projects/${project.id}`}>{project.name}</Link>
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {[project.enterpriseName, project.managerName].filter(Boolean).join(' · ')}
        </Typography.Text>
        <Flex wrap gap={4}>
          {project.kind === 'capitalIncrease' && <Tag color="cyan">{t('projects.kinds.capitalIncrease')}</Tag>}
          {project.agreedAmountWan !== null && (
            <Tag color={project.verification === 'verified' ? 'green' : 'default'}>
              {t('projects.list.amount', { amount: formatWan(project.agreedAmountWan, i18n.language) })}
              {project.verification === 'unverified' ? ` · ${t('projects.verification.unverified')}` : ''}
            </Tag>
          )}
          {project.stalled ? <Tag color="volcano">{t('projects.list.stalled', { days: project.daysInStage })}</Tag> : <Tag>{t('projects.list.days', { days: project.daysInStage })}</Tag>}
        </Flex>
        {extra}
      </Flex>
    </Card>
  );
}
