import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Progress, Result, Row, Space, Statistic, Steps, Table, Tabs, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, download, upload } from '../app/api.ts';
import { formatDateTime } from './format.ts';
import { PageHeader } from './PageHeader.tsx';
import { describeError } from './describe-error.ts';
import type { ImportProgress, ImportStatus, ValidatedImport } from '../api/types.ts';

/**
 * What differs between kinds of import (src/platform/imports): where its routes are, and its words. Every kind's
 * routes answer in the same shapes, `${path}/imports…`, so the enterprise import's types stand for all of them.
 */
export interface ImportWizardProps {
  path: '/api/enterprises' | '/api/enterprises/figures' | '/api/projects';
  title: string;
  templateFileName: string;
  doneTitle: (count: number) => string;
  /** Where the imported records are listed. */
  list: { to: string; label: string };
  /** Queries to refresh once the import is done. */
  invalidates: QueryKey;
}

const routesOf = (path: ImportWizardProps['path']) => ({
  upload: `${path}/imports` as '/api/enterprises/imports',
  template: `${path}/import-template`,
  errors: (id: string) => `${path}/imports/${id}/errors.xlsx`,
  status: `${path}/imports/{id}` as '/api/enterprises/imports/{id}',
  commit: `${path}/imports/{id}/commit` as '/api/enterprises/imports/{id}/commit',
  cancel: `${path}/imports/{id}/cancel` as '/api/enterprises/imports/{id}/cancel',
});

/** Every problem of a row, one a line: a row may have many, and each names its column. */
function RowProblems({ messages }: { messages: string[] }) {
  return (
    <Flex vertical gap={2}>
      {messages.map((message, i) => (
        <Typography.Text key={i} type="danger">
          {message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

type PreviewRow = ValidatedImport['preview'][number];

const finished: readonly ImportStatus[] = ['done', 'failed', 'cancelled'];

function UploadStep({ kind, onValidated }: { kind: ImportWizardProps; onValidated: (result: ValidatedImport) => void }) {
  const routes = routesOf(kind.path);
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(file: File) {
    setFailure(null);
    setPercent(0);
    const form = new FormData();
    form.append('file', file);
    try {
      onValidated(await upload(routes.upload, form, setPercent));
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setPercent(null);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={t('import.templateHint')}
        action={
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={() => void download(routes.template, kind.templateFileName).catch((error: unknown) => void message.error(describeError(error, t)))}
          >
            {t('import.downloadTemplate')}
          </Button>
        }
      />
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={percent !== null}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.dropHere')}</p>
        <p className="ant-upload-hint">{t('import.fileTypes')}</p>
      </Upload.Dragger>
      {percent !== null && (
        <div>
          <Typography.Text>{percent < 100 ? t('import.uploading') : t('import.validating')}</Typography.Text>
          <Progress percent={percent} status="active" />
        </div>
      )}
    </Space>
  );
}

/** The columns the file had, in its order. */
function previewColumns(rows: PreviewRow[]): string[] {
  return Object.keys(rows[0]?.values ?? {});
}

function PreviewStep({ kind, result, onDiscard, onCommitted }: { kind: ImportWizardProps; result: ValidatedImport; onDiscard: () => void; onCommitted: () => void }) {
  const routes = routesOf(kind.path);
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const columns = previewColumns(result.preview);

  // The server keeps a validated upload until it is imported or discarded; one the user turns away from is discarded.
  function discard() {
    void api.POST(routes.cancel, { params: { path: { id: result.id } } }).catch(() => undefined);
    onDiscard();
  }

  function confirmImport() {
    modal.confirm({
      title: t('import.confirmTitle'),
      content: result.invalidRows
        ? t('import.confirmWithSkipped', { valid: result.validRows, invalid: result.invalidRows })
        : t('import.confirmAll', { valid: result.validRows }),
      okText: t('import.start'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.POST(routes.commit, { params: { path: { id: result.id } } });
          onCommitted();
        } catch (error) {
          void message.error(describeError(error, t));
        }
      },
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={8}>
          <Statistic title={t('import.totalRows')} value={result.totalRows} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('import.validRows')} value={result.validRows} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('import.invalidRows')} value={result.invalidRows} styles={{ content: { color: result.invalidRows ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      {result.invalidRows > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('import.invalidExplained', { count: result.invalidRows })}
          action={
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void download(routes.errors(result.id), t('import.errorsFileName')).catch((error: unknown) => void message.error(describeError(error, t)))}
            >
              {t('import.downloadErrors')}
            </Button>
          }
        />
      )}
      <Tabs
        items={[
          {
            key: 'preview',
            label: t('import.preview'),
            children: (
              <Table<PreviewRow>
                size="small"
                rowKey="rowNumber"
                dataSource={result.preview}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 10, showSizeChanger: false }}
                rowClassName={(row) => (row.errors.length ? 'import-row-invalid' : '')}
                // The check result comes first: it is what the user has to act on.
                columns={[
                  { key: 'rowNumber', title: t('import.rowNumber'), dataIndex: 'rowNumber', width: 64 },
                  {
                    key: 'errors',
                    title: t('import.problems'),
                    width: 260,
                    render: (_: unknown, row: PreviewRow) =>
                      row.errors.length ? <RowProblems messages={row.errors} /> : <Typography.Text type="success">{t('import.rowOk')}</Typography.Text>,
                  },
                  ...columns.map((column) => ({ key: column, title: column, render: (_: unknown, row: PreviewRow) => row.values[column] ?? '' })),
                ]}
              />
            ),
          },
          ...(result.errors.length
            ? [
                {
                  key: 'errors',
                  label: t('import.errorRows', { count: result.errors.length }),
                  children: (
                    <Table
                      size="small"
                      rowKey="rowNumber"
                      dataSource={result.errors}
                      pagination={{ pageSize: 10, showSizeChanger: false }}
                      columns={[
                        { key: 'rowNumber', title: t('import.rowNumber'), dataIndex: 'rowNumber', width: 70 },
                        { key: 'messages', title: t('import.problems'), dataIndex: 'messages', render: (messages: string[]) => <RowProblems messages={messages} /> },
                      ]}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <div className="form-actions">
        <Button icon={<ReloadOutlined />} onClick={discard}>
          {t('import.uploadAnother')}
        </Button>
        <Button type="primary" disabled={result.validRows === 0} onClick={confirmImport}>
          {t('import.importValid', { count: result.validRows })}
        </Button>
      </div>
    </Space>
  );
}

function ProgressStep({ kind, id, onRestart, onFinished }: { kind: ImportWizardProps; id: string; onRestart: () => void; onFinished: (status: ImportStatus) => void }) {
  const routes = routesOf(kind.path);
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['imports', kind.path, id],
    queryFn: async () => {
      const progress: ImportProgress = await api.GET(routes.status, { params: { path: { id } } });
      if (progress.status === 'done') await queryClient.invalidateQueries({ queryKey: kind.invalidates });
      return progress;
    },
    // Every second until the import has finished one way or the other.
    refetchInterval: (query) => (query.state.data && finished.includes(query.state.data.status) ? false : 1000),
  });

  const status = data?.status;
  useEffect(() => {
    if (status && finished.includes(status)) onFinished(status);
  }, [status, onFinished]);

  if (error) return <Result status="error" title={t('import.statusUnknown')} subTitle={describeError(error, t)} />;
  if (data?.status === 'done') {
    return (
      <Result
        status="success"
        title={kind.doneTitle(data.importedRows)}
        subTitle={data.invalidRows ? t('import.doneSkipped', { count: data.invalidRows }) : formatDateTime(data.finishedAt)}
        extra={[
          <Link key="list" to={kind.list.to}>
            <Button type="primary">{kind.list.label}</Button>
          </Link>,
          <Button key="again" onClick={onRestart}>
            {t('import.uploadAnother')}
          </Button>,
        ]}
      />
    );
  }
  if (data?.status === 'failed' || data?.status === 'cancelled') {
    return (
      <Result
        status="error"
        title={data.status === 'failed' ? t('import.failedTitle') : t('import.cancelledTitle')}
        subTitle={data.error ?? undefined}
        extra={<Button onClick={onRestart}>{t('import.uploadAnother')}</Button>}
      />
    );
  }
  const total = data?.validRows ?? 0;
  const done = data?.processedRows ?? 0;
  return (
    <div className="import-progress" data-testid="import-progress">
      <Typography.Title level={5}>{data?.status === 'importing' ? t('import.importing') : t('import.queued')}</Typography.Title>
      <Progress percent={total ? Math.floor((done / total) * 100) : 0} status="active" />
      <Typography.Text type="secondary">{t('import.processed', { done, total })}</Typography.Text>
    </div>
  );
}

/** 批量导入: upload a spreadsheet, review what the server made of it, then import the valid rows. */
export function ImportWizard(kind: ImportWizardProps) {
  const { t } = useTranslation();
  const [validated, setValidated] = useState<ValidatedImport | null>(null);
  const [committed, setCommitted] = useState(false);
  const [outcome, setOutcome] = useState<ImportStatus | null>(null);
  const step = outcome === 'done' ? 3 : committed ? 2 : validated ? 1 : 0;
  const restart = () => {
    setValidated(null);
    setCommitted(false);
    setOutcome(null);
  };
  const markFinished = useCallback((status: ImportStatus) => setOutcome(status), []);

  return (
    <>
      <PageHeader title={kind.title} />
      <Card>
        <Steps
          current={step}
          status={outcome === 'done' ? 'finish' : outcome ? 'error' : 'process'}
          style={{ marginBottom: 24 }}
          responsive
          items={[{ title: t('import.stepUpload') }, { title: t('import.stepPreview') }, { title: t('import.stepImport') }, { title: t('import.stepDone') }]}
        />
        {step === 0 && <UploadStep kind={kind} onValidated={setValidated} />}
        {step === 1 && validated && <PreviewStep kind={kind} result={validated} onDiscard={restart} onCommitted={() => setCommitted(true)} />}
        {step >= 2 && validated && <ProgressStep kind={kind} id={validated.id} onRestart={restart} onFinished={markFinished} />}
      </Card>
    </>
  );
}
