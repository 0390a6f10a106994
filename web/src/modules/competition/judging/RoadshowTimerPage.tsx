import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../components/results.tsx';
import { usePhaseJudging } from './api.ts';
import { minutesAndSeconds, roadshowClock } from './roadshow-clock.ts';

const colours = { pitch: '#237804', questions: '#0958d9', nearlyUp: '#d48806', over: '#cf1322' };

/**
 * The organiser's "8+7" timer for a roadshow, full screen on the hall's display: the current entry (number and
 * project), 8 minutes of pitch then 7 of questions, start, pause and next; amber in each part's last minute, red
 * when time is up. The clock lives in the page: nothing of it is stored.
 */
export function RoadshowTimerPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '', phaseId = '' } = useParams();
  const { data, error, isPending, refetch } = usePhaseJudging({ id, roundId, phaseId });
  const [index, setIndex] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    if (!running) return undefined;
    const tick = window.setInterval(() => setElapsed((seconds) => seconds + 1), 1000);
    return () => window.clearInterval(tick);
  }, [running]);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !data) return <Skeleton active />;
  const entry = data.entries[index];
  const clock = roadshowClock(elapsed);
  const colour = clock.part === 'over' ? colours.over : clock.nearlyUp ? colours.nearlyUp : colours[clock.part];
  const go = (to: number) => {
    setIndex(to);
    setElapsed(0);
    setRunning(false);
  };

  return (
    <Flex vertical align="center" justify="center" gap={24} style={{ position: 'fixed', inset: 0, zIndex: 1000, background: colour, color: '#fff', padding: 24 }}>
      <Link to={`/competition/${id}/rounds/${roundId}/phases/${phaseId}/judging`} style={{ position: 'absolute', top: 16, left: 16 }}>
        <Button icon={<ArrowLeftOutlined />}>{t('competition.judging.back')}</Button>
      </Link>
      {entry ? (
        <>
          <Typography.Text style={{ color: '#fff', fontSize: 24 }}>{t('competition.judging.entryOf', { n: index + 1, total: data.entries.length })}</Typography.Text>
          <Typography.Title level={1} style={{ color: '#fff', margin: 0, textAlign: 'center' }}>
            {entry.number} · {entry.projectName}
          </Typography.Title>
          <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>
            {clock.part === 'over' ? t('competition.judging.timeUp') : t(`competition.judging.${clock.part}`)}
          </Typography.Title>
          <div role="timer" style={{ fontSize: 'min(30vw, 40vh)', fontWeight: 700, lineHeight: 1, fontVariantNumeric: 'tabular-nums' }}>
            {minutesAndSeconds(clock.left)}
          </div>
          <Flex gap={12} wrap justify="center">
            <Button size="large" disabled={index === 0} onClick={() => go(index - 1)}>
              {t('competition.judging.previous')}
            </Button>
            <Button size="large" type="primary" onClick={() => setRunning(!running)}>
              {t(running ? 'competition.judging.pause' : 'competition.judging.start')}
            </Button>
            <Button size="large" disabled={index + 1 >= data.entries.length} onClick={() => go(index + 1)}>
              {t('competition.judging.next')}
            </Button>
          </Flex>
        </>
      ) : (
        <Typography.Title level={2} style={{ color: '#fff' }}>
          {t('competition.judging.noEntries')}
        </Typography.Title>
      )}
    </Flex>
  );
}
