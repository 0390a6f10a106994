import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { FollowUpCalendar } from './FollowUpCalendar.tsx';
import { ProjectBoard } from './ProjectBoard.tsx';
import { ProjectFormModal } from './ProjectFormModal.tsx';
import { ProjectTable } from './ProjectTable.tsx';

const views = ['board', 'table', 'calendar'] as const;
type View = (typeof views)[number];

/** 招商项目: the kanban by stage, the table with filters and saved views, and the follow-up calendar. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const works = can(me, 'project.work');
  const [params, setParams] = useSearchParams();
  const view = (views as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'board';
  // Officers start on their own projects; leaders, who read every team's, on all of them.
  const [mine, setMine] = useState(works && !can(me, 'project.readAll'));
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        extra={
          <Space wrap>
            {can(me, 'project.import') && (
              <Link to="/projects/import">
                <Button icon={<UploadOutlined />}>{t('projects.ledger.action')}</Button>
              </Link>
            )}
            {works && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('projects.newProject')}
              </Button>
            )}
          </Space>
        }
      >
        <Flex wrap gap={8} align="center">
          <Segmented<View> value={view} onChange={(value) => setParams({ view: value })} options={views.map((value) => ({ value, label: t(`projects.views.${value}`) }))} />
          {view !== 'table' && (
            <Checkbox checked={mine} onChange={(event) => setMine(event.target.checked)}>
              {t('projects.filters.mine')}
            </Checkbox>
          )}
        </Flex>
      </PageHeader>
      <Card size="small">
        {view === 'board' && <ProjectBoard mine={mine} works={works} />}
        {view === 'table' && <ProjectTable />}
        {view === 'calendar' && <FollowUpCalendar mine={mine} />}
      </Card>
      {creating && <ProjectFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
