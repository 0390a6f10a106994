import { Card, Empty, List, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { LeadList } from '../investment-leads/LeadList.tsx';
import { useProjectHome, type ProjectPage } from './api.ts';
import { StageTag } from './StageTag.tsx';

function Projects({ title, page, empty, detail }: { title: string; page: ProjectPage | undefined; empty: string; detail: (p: ProjectPage['items'][number]) => ReactNode }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <Statistic title={title} value={page?.total ?? '—'} />
      <List
        size="small"
        loading={!page}
        dataSource={page?.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
        renderItem={(project) => (
          <List.Item key={project.id} style={{ paddingInline: 0 }}>
            <List.Item.Meta
              title={
                <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                  <Link to={`/projects/${project.id}`}>{project.name}</Link>
                </Typography.Text>
              }
              description={
                <>
                  <StageTag stage={project.stage} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {detail(project)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}

/** An officer's day: project follow-ups due today or overdue, their stalled projects, and leads about to return to the pool. */
export function MyDayCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useProjectHome();
  return (
    <Card title={t('projects.home.title')} extra={<Link to="/projects?view=calendar">{t('projects.home.calendar')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Projects
            title={t('projects.home.dueTitle')}
            page={data?.dueFollowUps}
            empty={t('projects.home.dueEmpty')}
            detail={(p) => `${p.enterpriseName} · ${t('projects.list.nextOn', { date: p.nextFollowUpOn ?? '' })}`}
          />
          <Projects
            title={t('projects.home.stalledTitle')}
            page={data?.stalled}
            empty={t('projects.home.stalledEmpty')}
            detail={(p) => `${p.enterpriseName} · ${t('projects.list.stalled', { days: p.daysInStage })}`}
          />
          {data?.leadsReturningSoon && (
            <section>
              <Statistic title={t('projects.home.leadsTitle')} value={data.leadsReturningSoon.total} />
              <LeadList size="small" page={data.leadsReturningSoon} loading={false} empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.home.leadsEmpty')} />} />
            </section>
          )}
        </>
      )}
    </Card>
  );
}
