import { Button, Card, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { useAction } from '../../../components/use-action.ts';
import { useJudges, useRefreshJudging, type PhaseJudging, type PhasePath } from './api.ts';

/**
 * The phase's panel: the judges chosen for it (those present at a roadshow), each with their title, organisation and
 * tracks of the edition; the organiser adds and removes them while the phase is open. Without a panel, assignment
 * draws on every enabled judge, and the card says so.
 */
export function PhasePanelCard({ path, judging }: { path: PhasePath; judging: PhaseJudging }) {
  const { t } = useTranslation();
  const judges = useJudges();
  const refresh = useRefreshJudging();
  const { busy, run } = useAction();
  const [chosen, setChosen] = useState<string>();
  const open = !judging.closedAt;
  const seated = new Set(judging.panel.map((judge) => judge.id));

  const change = (method: 'PUT' | 'DELETE', judgeId: string) =>
    run(async () => {
      const params = { path: { ...path, judgeId } };
      if (method === 'PUT') await api.PUT('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/panel/{judgeId}', { params });
      else await api.DELETE('/api/competition/editions/{id}/rounds/{roundId}/phases/{phaseId}/panel/{judgeId}', { params });
      setChosen(undefined);
      await refresh();
    });

  return (
    <Card size="small" title={t('competition.judging.panel')}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t(judging.assignedAmong === 'panel' ? 'competition.judging.panelAmong' : 'competition.judging.noPanel', { count: judging.assignableJudges })}
        </Typography.Text>
        {judging.panel.length > 0 && (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={judging.panel}
            columns={[
              {
                title: t('competition.judging.displayName'),
                render: (_, judge) => (
                  <>
                    {judge.displayName} {judge.disabled && <Tag>{t('competition.judging.disabled')}</Tag>}
                  </>
                ),
              },
              { title: t('competition.judging.title'), dataIndex: 'title' },
              { title: t('competition.judging.organisationName'), render: (_, judge) => judge.enterpriseName ?? judge.organisationName },
              {
                title: t('competition.judging.tracks'),
                render: (_, judge) => judge.tracks.filter((track) => track.editionId === path.id).map((track) => <Tag key={track.id}>{track.name}</Tag>),
              },
              ...(open
                ? [
                    {
                      key: 'remove',
                      render: (_: unknown, judge: PhaseJudging['panel'][number]) => (
                        <Popconfirm title={t('competition.judging.removeFromPanelConfirm')} onConfirm={() => change('DELETE', judge.id)}>
                          <Button size="small" danger disabled={busy}>
                            {t('competition.judging.removeFromPanel')}
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {open && (
          <Flex wrap gap={8}>
            <Select
              aria-label={t('competition.judging.chooseJudge')}
              placeholder={t('competition.judging.chooseJudge')}
              loading={judges.isPending}
              value={chosen}
              onChange={setChosen}
              showSearch={{ optionFilterProp: 'label' }}
              options={(judges.data?.items ?? [])
                .filter((judge) => !seated.has(judge.id) && !judge.disabled)
                .map((judge) => ({ value: judge.id, label: judge.organisationName ? `${judge.displayName} · ${judge.organisationName}` : judge.displayName }))}
              style={{ minWidth: 240, flex: 1 }}
            />
            <Button disabled={!chosen} loading={busy} onClick={() => chosen && void change('PUT', chosen)}>
              {t('competition.judging.addToPanel')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
