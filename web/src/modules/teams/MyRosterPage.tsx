import { Card, Empty, List, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useMyTeams } from './api.ts';

/**
 * The menu's way to one's own roster: straight to the team's week for someone in one team (an agent of the hotline),
 * a choice for someone in several, and a plain word for someone in none.
 */
export function MyRosterPage() {
  const { t } = useTranslation();
  const { data: teams, isPending } = useMyTeams();
  if (isPending) return <Spin />;
  if (teams?.length === 1) return <Navigate replace to={`/teams/${teams[0]!.id}/roster`} />;
  return (
    <>
      <PageHeader title={t('teams.myRoster.title')} />
      <Card>
        <List
          dataSource={teams ?? []}
          locale={{ emptyText: <Empty description={t('teams.myRoster.none')} /> }}
          renderItem={(team) => (
            <List.Item>
              <Link to={`/teams/${team.id}/roster`}>{t('teams.roster.title', { team: team.name })}</Link>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
