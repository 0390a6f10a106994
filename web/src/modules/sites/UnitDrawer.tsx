import { App, Button, Descriptions, Drawer, Empty, Flex, Popconfirm, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { formatDateTime } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { stateColors, useRefreshSites, useUnit, type Lease, type LeaseAction } from './api.ts';
import { IntentModal } from './IntentModal.tsx';
import { LeaseMoveModal } from './LeaseMoveModal.tsx';

const activeStates: readonly Lease['state'][] = ['intent', 'signed', 'fitting-out', 'open'];

export function StateTag({ state }: { state: Lease['state'] | 'vacant' }) {
  const { t } = useTranslation();
  return (
    <Tag color={state === 'vacant' ? 'default' : stateColors[state]} style={{ marginInlineEnd: 0 }}>
      {t(`sites.states.${state}`)}
    </Tag>
  );
}

/** The figures a lease's moves gave: term, area, rent and its days. */
function LeaseFacts({ lease }: { lease: Lease }) {
  const { t } = useTranslation();
  const facts = [
    lease.termFrom && lease.termTo ? t('sites.lease.termShort', { from: lease.termFrom, to: lease.termTo }) : null,
    lease.area !== null ? `${lease.area} m²` : null,
    lease.monthlyRent !== null ? t('sites.lease.rentShort', { rent: lease.monthlyRent }) : null,
    lease.openedOn ? t('sites.lease.openedShort', { day: lease.openedOn }) : null,
    lease.endedOn ? t('sites.lease.endedShort', { day: lease.endedOn }) : null,
    lease.closeReason,
  ]
    .filter(Boolean)
    .join(' · ');
  return <>{facts}</>;
}

/** One unit: where it is, its state, its leases with their moves, and the moves the caller may make. */
export function UnitDrawer({ unitId, onClose }: { unitId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const refresh = useRefreshSites();
  const { data: unit, error, isPending, refetch } = useUnit(unitId);
  const [dialog, setDialog] = useState<{ lease: Lease; action: LeaseAction } | 'intent' | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function remove() {
    setDeleting(true);
    try {
      await api.DELETE('/api/sites/units/{id}', { params: { path: { id: unitId! } } });
      void message.success(t('sites.unit.deleted'));
      onClose();
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setDeleting(false);
    }
  }

  const active = unit?.leases.find((lease) => activeStates.includes(lease.state));
  return (
    <Drawer open={unitId !== null} onClose={onClose} size={isMobile ? '100%' : 480} title={unit ? t('sites.unit.title', { code: unit.code }) : t('sites.unit.loading')} destroyOnHidden>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : isPending || !unit ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('sites.unit.location')}>{`${unit.buildingName} · ${unit.floorLabel} · ${unit.code}`}</Descriptions.Item>
            <Descriptions.Item label={t('sites.unit.area')}>{`${unit.area} m²`}</Descriptions.Item>
            <Descriptions.Item label={t('sites.unit.use')}>{t(`sites.uses.${unit.use}`)}</Descriptions.Item>
            <Descriptions.Item label={t('sites.unit.state')}>
              <StateTag state={unit.state} />
            </Descriptions.Item>
            {active && (
              <Descriptions.Item label={t('sites.lease.tenant')}>
                <Link to={`/enterprises/${active.enterpriseId}`}>{active.enterpriseName}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          {unit.mayManage && (
            <Flex wrap gap={8}>
              {unit.state === 'vacant' && (
                <Button type="primary" onClick={() => setDialog('intent')}>
                  {t('sites.lease.recordIntent')}
                </Button>
              )}
              {active?.actions.map((action) => (
                <Button key={action} danger={action === 'cancel' || action === 'end'} type={action === 'sign' ? 'primary' : 'default'} onClick={() => setDialog({ lease: active, action })}>
                  {t(`sites.lease.actions.${action}`)}
                </Button>
              ))}
              {unit.deletable && (
                <Popconfirm title={t('sites.unit.deleteConfirm', { code: unit.code })} onConfirm={() => remove()} okText={t('common.yes')} cancelText={t('common.no')}>
                  <Button danger loading={deleting}>
                    {t('sites.unit.delete')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          )}
          <div>
            <Typography.Title level={5}>{t('sites.unit.history')}</Typography.Title>
            {unit.leases.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sites.unit.noLeases')} />
            ) : (
              <Flex vertical gap={12}>
                {unit.leases.map((lease) => (
                  <div key={lease.id}>
                    <Space size={[4, 4]} wrap>
                      <StateTag state={lease.state} />
                      <Link to={`/enterprises/${lease.enterpriseId}`}>{lease.enterpriseName}</Link>
                    </Space>
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 8px', overflowWrap: 'anywhere' }}>
                      <LeaseFacts lease={lease} />
                    </Typography.Paragraph>
                    <Timeline
                      items={[...lease.transitions].reverse().map((move) => ({
                        key: `${move.action}-${String(move.at)}`,
                        children: (
                          <>
                            <Typography.Text>{t(`sites.lease.moves.${move.action as LeaseAction | 'start'}`)}</Typography.Text>
                            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                              {`${formatDateTime(String(move.at))} · ${move.actorName}`}
                            </Typography.Text>
                          </>
                        ),
                      }))}
                    />
                  </div>
                ))}
              </Flex>
            )}
          </div>
        </Flex>
      )}
      {dialog === 'intent' && unit && <IntentModal unitId={unit.id} onClose={() => setDialog(null)} />}
      {dialog && dialog !== 'intent' && unit && <LeaseMoveModal lease={dialog.lease} action={dialog.action} unitArea={unit.area} onClose={() => setDialog(null)} />}
    </Drawer>
  );
}
