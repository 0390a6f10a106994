import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjectTalent } from './api.ts';
import { TalentStageTag } from './TalentStageTag.tsx';

/** The people and teams who come with a project, those the reader sees: a small card on the project page, shown only when there are some. */
export function ProjectTalentCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data } = useProjectTalent(projectId);
  if (!data?.length) return null;
  return (
    <Card size="small" title={t('talent.projectCard.title')} style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={data}
        renderItem={(talent) => (
          <List.Item key={talent.id} extra={<TalentStageTag stage={talent.stage} />}>
            <List.Item.Meta
              title={<Link to={`/talent/${talent.id}`}>{talent.name}</Link>}
              description={
                <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                  {[t(`talent.kinds.${talent.kind}`), talent.field, talent.institution].filter(Boolean).join(' · ')}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
