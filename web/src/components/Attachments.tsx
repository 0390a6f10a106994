import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Popconfirm, Progress, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../../src/platform/attachments/format-size.ts';
import { mediaTypeName } from '../../../src/platform/attachments/media-types.ts';
import { api, download, upload } from '../app/api.ts';
import type { Attachment } from '../api/types.ts';
import { formatDateTime } from './format.ts';
import { describeError } from './describe-error.ts';
import { ErrorResult } from './results.tsx';
import { RowAction } from './RowAction.tsx';
import { useIsMobile } from './use-is-mobile.ts';

interface AttachmentsProps {
  /** The kind of record, as its module declares it on the server (e.g. 'listing'). */
  kind: string;
  recordId: string;
}

export const attachmentsKey = (kind: string, recordId: string) => ['attachments', kind, recordId] as const;

/**
 * A record's attachments: everyone who may read the record lists and downloads them; those who may attach also
 * upload and delete (after confirming). One column of rows, so that it fits a phone as it fits a page.
 */
export function Attachments({ kind, recordId }: AttachmentsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const queryKey = attachmentsKey(kind, recordId);
  const { data, error, isPending, refetch } = useQuery({
    queryKey,
    queryFn: () => api.GET('/api/attachments', { params: { query: { kind, recordId } } }),
  });
  const [uploading, setUploading] = useState<{ name: string; percent: number } | null>(null);

  const showError = (failure: unknown) => void message.error(describeError(failure, t));

  async function send(file: File, maxBytes: number) {
    // The server refuses it too; refusing here spares sending it.
    if (file.size > maxBytes) {
      void message.error(t('attachments.tooLarge', { name: file.name, size: formatSize(maxBytes) }));
      return;
    }
    // The server reads which record first, then the file.
    const form = new FormData();
    form.append('kind', kind);
    form.append('recordId', recordId);
    form.append('file', file);
    setUploading({ name: file.name, percent: 0 });
    try {
      await upload('/api/attachments', form, (percent) => setUploading({ name: file.name, percent }));
      void message.success(t('attachments.uploaded', { name: file.name }));
      await queryClient.invalidateQueries({ queryKey });
    } catch (failure) {
      showError(failure);
    } finally {
      setUploading(null);
    }
  }

  async function remove(attachment: Attachment) {
    try {
      await api.DELETE('/api/attachments/{id}', { params: { path: { id: attachment.id } } });
      void message.success(t('attachments.deleted', { name: attachment.fileName }));
      await queryClient.invalidateQueries({ queryKey });
    } catch (failure) {
      showError(failure);
    }
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Spin />;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text strong>{t('attachments.title', { count: data.items.length })}</Typography.Text>
        {data.canAttach && (
          <Upload
            showUploadList={false}
            multiple={false}
            disabled={uploading !== null}
            beforeUpload={(file) => {
              void send(file, data.maxBytes);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading !== null}>
              {t('attachments.upload')}
            </Button>
          </Upload>
        )}
      </Flex>
      {data.canAttach && (
        <Typography.Text type="secondary" className="attachments-limit">
          {t('attachments.limit', { types: data.mediaTypes.map(mediaTypeName).join(t('common.listSeparator')), size: formatSize(data.maxBytes) })}
        </Typography.Text>
      )}
      {uploading && (
        <div role="status">
          <Typography.Text>{t('attachments.uploading', { name: uploading.name })}</Typography.Text>
          <Progress percent={uploading.percent} size="small" status="active" />
        </div>
      )}
      {data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.empty')} />
      ) : (
        <ul className="attachment-list">
          {data.items.map((attachment) => (
            <li key={attachment.id} className="attachment-row">
              <PaperClipOutlined aria-hidden />
              <div className="attachment-text">
                <Typography.Text ellipsis={{ tooltip: attachment.fileName }}>{attachment.fileName}</Typography.Text>
                <Typography.Text type="secondary" className="attachment-meta">
                  {[formatSize(attachment.size), attachment.uploadedBy?.name, formatDateTime(attachment.createdAt)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
              <RowAction
                label={t('attachments.download')}
                icon={<DownloadOutlined />}
                iconOnly={isMobile}
                onClick={() => void download(`/api/attachments/${attachment.id}/content`, attachment.fileName).catch(showError)}
              />
              {data.canAttach && (
                <Popconfirm
                  // Below the row, clear of the button's own tooltip above it.
                  placement="bottomRight"
                  title={t('attachments.deleteConfirm', { name: attachment.fileName })}
                  okText={t('common.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(attachment)}
                >
                  <RowAction label={t('common.delete')} icon={<DeleteOutlined />} iconOnly={isMobile} danger />
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
    </Space>
  );
}
