import { CheckCircleOutlined, RedoOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, Input, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { Attachments } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDateTime } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { stateColors, useRefreshRequests, useWindowRequest, type WindowRequest } from './api.ts';

/** The longest message the server takes (schemas.ts). */
const maxMessage = 5000;

function Message({ message }: { message: WindowRequest['messages'][number] }) {
  const { t } = useTranslation();
  const staff = message.side === 'staff';
  return (
    <div className={`window-message window-message-${message.side}`} style={{ alignSelf: staff ? 'flex-start' : 'flex-end', maxWidth: '92%' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {message.authorName}
        {staff && ` · ${t('serviceWindows.thread.staff')}`} · {formatDateTime(message.createdAt)}
      </Typography.Text>
      <div
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          padding: '8px 12px',
          borderRadius: 8,
          background: staff ? 'rgba(22, 119, 255, 0.08)' : 'rgba(0, 0, 0, 0.04)',
        }}
      >
        {message.body}
      </div>
    </div>
  );
}

/**
 * One request and its thread, for either side: what was asked, the messages oldest first, the files, and the box and
 * buttons the caller's actions allow (the server says which).
 */
export function RequestThread({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshRequests();
  const { data: request, error, isPending, refetch } = useWindowRequest(id);
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState<'reply' | 'close' | 'reopen' | null>(null);

  async function act(kind: 'reply' | 'close' | 'reopen') {
    setBusy(kind);
    try {
      if (kind === 'reply') await api.POST('/api/window-requests/{id}/messages', { params: { path: { id } }, body: { body: reply.trim() } });
      else if (kind === 'close') await api.POST('/api/window-requests/{id}/close', { params: { path: { id } } });
      else await api.POST('/api/window-requests/{id}/reopen', { params: { path: { id } } });
      if (kind === 'reply') setReply('');
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
      await refresh();
    } finally {
      setBusy(null);
    }
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  const canReply = request.actions.includes('answer') || request.actions.includes('followUp');
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {request.subject}
        </Typography.Title>
        <Flex wrap gap={4} style={{ marginBottom: 12 }}>
          <Tag color={stateColors[request.state]}>{t(`serviceWindows.states.${request.state}`)}</Tag>
          <Tag>{request.windowName}</Tag>
        </Flex>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('serviceWindows.fields.reference')}>
            <Typography.Text copyable>{request.reference}</Typography.Text>
          </Descriptions.Item>
          {request.enterpriseName && <Descriptions.Item label={t('serviceWindows.fields.enterprise')}>{request.enterpriseName}</Descriptions.Item>}
          <Descriptions.Item label={t('serviceWindows.fields.openedBy')}>
            {request.openedByName} · {formatDateTime(request.createdAt)}
          </Descriptions.Item>
          {request.firstResponseAt && (
            <Descriptions.Item label={t('serviceWindows.fields.firstResponseAt')}>{formatDateTime(request.firstResponseAt)}</Descriptions.Item>
          )}
          {request.closedAt && <Descriptions.Item label={t('serviceWindows.fields.closedAt')}>{formatDateTime(request.closedAt)}</Descriptions.Item>}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 12, marginBottom: 0 }}>{request.description}</Typography.Paragraph>
      </Card>

      <Card size="small" title={t('serviceWindows.thread.title')}>
        {request.messages.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceWindows.thread.empty')} />
        ) : (
          <Flex vertical gap={12}>
            {request.messages.map((item) => (
              <Message key={item.id} message={item} />
            ))}
          </Flex>
        )}
        {canReply && (
          <Flex vertical gap={8} style={{ marginTop: 16 }}>
            <Input.TextArea
              value={reply}
              onChange={(event) => setReply(event.target.value)}
              maxLength={maxMessage}
              autoSize={{ minRows: 3, maxRows: 10 }}
              placeholder={request.actions.includes('answer') ? t('serviceWindows.thread.answerPlaceholder') : t('serviceWindows.thread.followUpPlaceholder')}
              aria-label={t('serviceWindows.thread.reply')}
            />
            <Flex justify="end">
              <Button type="primary" icon={<SendOutlined />} disabled={!reply.trim()} loading={busy === 'reply'} onClick={() => void act('reply')}>
                {t('serviceWindows.thread.send')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Card>

      <Card size="small" title={t('serviceWindows.thread.files')}>
        <Attachments kind="window-request" recordId={request.id} />
      </Card>

      <Flex wrap gap={8} align="center">
        {request.actions.includes('close') && (
          <Popconfirm
            title={t('serviceWindows.thread.closeConfirm')}
            okText={t('serviceWindows.thread.close')}
            cancelText={t('common.cancel')}
            onConfirm={() => act('close')}
          >
            <Button icon={<CheckCircleOutlined />} loading={busy === 'close'}>
              {t('serviceWindows.thread.close')}
            </Button>
          </Popconfirm>
        )}
        {request.actions.includes('reopen') && (
          <Button icon={<RedoOutlined />} loading={busy === 'reopen'} onClick={() => void act('reopen')}>
            {t('serviceWindows.thread.reopen')}
          </Button>
        )}
        {request.actions.includes('reopen') && request.reopenUntil && (
          <Typography.Text type="secondary">{t('serviceWindows.thread.reopenUntil', { date: formatDateTime(request.reopenUntil) })}</Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
