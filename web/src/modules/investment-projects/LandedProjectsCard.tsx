import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { StageTag } from './StageTag.tsx';

/** The projects landed in a site that the reader sees, with their stage and where in the site: the site page's card. */
export function LandedProjectsCard({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, isPending } = useQuery({
    queryKey: ['projects', 'landed', siteId, page],
    queryFn: ({ signal }) => api.GET('/api/sites/{id}/projects', { params: { path: { id: siteId }, query: { page, pageSize: 10 } }, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card size="small" title={t('projects.landed.title')}>
      <List
        loading={isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('projects.landed.empty') }}
        pagination={data && data.total > 10 ? { current: page, pageSize: 10, total: data.total, onChange: setPage, size: 'small' } : false}
        renderItem={(project) => (
          <List.Item key={project.id} extra={<StageTag stage={project.stage} />}>
            <List.Item.Meta
              title={<Link to={`/projects/${project.id}`}>{project.name}</Link>}
              description={
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {[project.enterpriseName, project.buildingName, project.floorLabel, project.unitCode, project.teamName].filter(Boolean).join(' · ')}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
