import { Card, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from './format.ts';

/** Days spent in a stage of a workflow, the current one until now. */
export interface StageStay<Stage extends string> {
  stage: Stage;
  days: number;
  current: boolean;
}

/** A workflow transition as the server presents it (`fromState` null for the creation). */
export interface StageMove {
  id: number;
  action: string;
  fromState: string | null;
  toState: string;
  actorName: string;
  at: string;
  evidence: Record<string, unknown> | null;
}

interface StageHistoryProps<Stage extends string> {
  title: string;
  stays: readonly StageStay<Stage>[];
  /** Oldest first, as the server sends them; shown newest first. */
  moves: readonly StageMove[];
  stageTag: (stage: Stage) => ReactNode;
  stageName: (stage: Stage) => string;
  /** One line of a move's evidence, or null to leave that field out (files and links shown elsewhere). */
  evidenceLine: (key: string, value: unknown) => string | null;
  /** Something said of a move after its stages (an imported one, say). */
  moveNote?: (move: StageMove) => string | null;
  labels: { current: string; days: (days: number) => string; moves: string; created: string };
}

/** A record's days in each stage and its moves, newest first, each with who made it, when, and its evidence. */
export function StageHistory<Stage extends string>({ title, stays, moves, stageTag, stageName, evidenceLine, moveNote, labels }: StageHistoryProps<Stage>) {
  return (
    <Card size="small" title={title} style={{ flex: '1 1 320px', minWidth: 0 }}>
      <Flex vertical gap={4}>
        {stays.map((stay) => (
          <Flex key={stay.stage} justify="space-between" gap={8}>
            <span>
              {stageTag(stay.stage)}
              {stay.current && <Typography.Text type="secondary">{labels.current}</Typography.Text>}
            </span>
            <Typography.Text>{labels.days(stay.days)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {labels.moves}
      </Typography.Title>
      <Timeline
        items={[...moves].reverse().map((move) => {
          const note = moveNote?.(move);
          const evidence = Object.entries(move.evidence ?? {})
            .filter(([, value]) => value !== null && value !== undefined && value !== '')
            .flatMap(([key, value]) => evidenceLine(key, value) ?? []);
          return {
            key: move.id,
            children: (
              <>
                <Typography.Text strong>
                  {move.fromState === null ? labels.created : `${stageName(move.fromState as Stage)} → ${stageName(move.toState as Stage)}`}
                  {note && ` · ${note}`}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDateTime(move.at)} · {move.actorName}
                </Typography.Text>
                {evidence.length > 0 && (
                  <Typography.Text type="secondary" style={{ display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {evidence.join('\n')}
                  </Typography.Text>
                )}
              </>
            ),
          };
        })}
      />
    </Card>
  );
}
