import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Radio, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiProblem } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { chinaToday, concernColors, concernTags, useRefreshVisits, useTrips, type ConcernTag, type CreateVisitBody } from './api.ts';

/** What the quick form holds: kept in the browser while typed, so that a reload, a lost signal or a failed save loses nothing. */
export interface VisitDraft {
  /** Made once per visit typed; sent with every try, so that a retry after a lost answer makes no second visit. */
  idempotencyKey: string;
  enterpriseMode: 'existing' | 'new';
  enterpriseId?: string;
  newName?: string;
  visitedOn: string;
  place?: string;
  concerns: ConcernTag[];
  concernNotes: Partial<Record<ConcernTag, string>>;
  summary?: string;
  nextStep?: string;
  nextStepDue?: string | null;
  tripId?: string;
}

const draftKey = (userId: string) => `qiao.visit-draft.${userId}`;

const newKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`).replace(/[^A-Za-z0-9_-]/g, '');

const emptyDraft = (): VisitDraft => ({ idempotencyKey: newKey(), enterpriseMode: 'existing', visitedOn: chinaToday(), concerns: [], concernNotes: {} });

export function readDraft(userId: string): VisitDraft | null {
  try {
    const stored = localStorage.getItem(draftKey(userId));
    return stored ? ({ ...emptyDraft(), ...(JSON.parse(stored) as Partial<VisitDraft>) } as VisitDraft) : null;
  } catch {
    return null;
  }
}

function writeDraft(userId: string, draft: VisitDraft) {
  try {
    localStorage.setItem(draftKey(userId), JSON.stringify(draft));
  } catch {
    // A full or blocked storage: the form still works, it just cannot survive a reload.
  }
}

function toBody(draft: VisitDraft): CreateVisitBody {
  const enterprise =
    draft.enterpriseMode === 'new' ? { enterprise: { name: draft.newName?.trim() ?? '', confirmDuplicate: false } } : { enterpriseId: draft.enterpriseId };
  const step = draft.nextStep?.trim();
  return {
    idempotencyKey: draft.idempotencyKey,
    ...enterprise,
    visitedOn: draft.visitedOn,
    place: draft.place?.trim() ?? '',
    summary: draft.summary?.trim() ?? '',
    concerns: draft.concerns.map((tag) => ({ tag, note: draft.concernNotes[tag]?.trim() ?? '' })),
    nextSteps: step ? [{ text: step, dueOn: draft.nextStepDue ?? null }] : [],
    ...(draft.tripId ? { tripId: draft.tripId } : {}),
  } as CreateVisitBody;
}

/**
 * The quick form for the field, one column at phone width: the enterprise (searched, or a new name), the day (today),
 * the place, the concerns as tags to tap with a note each, the note of the meeting and one next step. Every change is
 * kept in the browser until the visit is saved.
 */
export function QuickVisitPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const refresh = useRefreshVisits();
  const initial = useMemo(() => readDraft(me.id), [me.id]);
  const [draft, setDraft] = useState<VisitDraft>(() => initial ?? emptyDraft());
  const [restored] = useState(Boolean(initial));
  const [saving, setSaving] = useState(false);
  const [duplicateOf, setDuplicateOf] = useState(false);
  const [form] = Form.useForm();
  const showProblem = useShowFormProblem(form);
  const touched = useRef(false);
  // The trips under way on the visit's day, to file the visit under one.
  const { data: trips } = useTrips(1);
  const tripsOfDay = (trips?.items ?? []).filter((trip) => trip.startsOn <= draft.visitedOn && draft.visitedOn <= trip.endsOn);

  useEffect(() => {
    // Kept as typed; the first render only reads what was kept.
    if (touched.current) writeDraft(me.id, draft);
  }, [draft, me.id]);

  const update = (changes: Partial<VisitDraft>) => {
    touched.current = true;
    setDraft((current) => ({ ...current, ...changes }));
  };

  const toggle = (tag: ConcernTag) => update({ concerns: draft.concerns.includes(tag) ? draft.concerns.filter((c) => c !== tag) : [...draft.concerns, tag] });

  async function save(confirmDuplicate = false) {
    if (draft.enterpriseMode === 'existing' ? !draft.enterpriseId : !draft.newName?.trim()) {
      void message.error(t('visits.quick.enterpriseMissing'));
      return;
    }
    setSaving(true);
    // A trip chosen before the date changed to a day it does not cover is left out.
    const body = toBody({ ...draft, tripId: tripsOfDay.some((trip) => trip.id === draft.tripId) ? draft.tripId : undefined });
    if (confirmDuplicate && 'enterprise' in body && body.enterprise) body.enterprise.confirmDuplicate = true;
    try {
      const saved = await api.POST('/api/visits', { body });
      // Saved: only now is the kept draft let go.
      localStorage.removeItem(draftKey(me.id));
      void message.success(t('visits.quick.saved'));
      await refresh();
      void navigate(`/visits/${saved.id}`);
    } catch (failure) {
      if (failure instanceof ApiProblem && failure.code === 'enterprise.possibleDuplicate') setDuplicateOf(true);
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('visits.quick.title')}
        extra={
          <Link to="/visits">
            <Button icon={<ArrowLeftOutlined />}>{t('visits.back')}</Button>
          </Link>
        }
      />
      {restored && <Alert type="info" showIcon title={t('visits.quick.restored')} style={{ marginBottom: 12 }} />}
      <Card size="small" style={{ maxWidth: 640 }}>
        <Form form={form} layout="vertical" onFinish={() => void save()}>
          <Form.Item label={t('visits.fields.enterprise')} required>
            <Radio.Group
              optionType="button"
              value={draft.enterpriseMode}
              onChange={(event) => update({ enterpriseMode: event.target.value as VisitDraft['enterpriseMode'] })}
              options={[
                { value: 'existing', label: t('visits.quick.existing') },
                { value: 'new', label: t('visits.quick.new') },
              ]}
              style={{ marginBottom: 8 }}
            />
            {draft.enterpriseMode === 'existing' ? (
              <EnterpriseSelect value={draft.enterpriseId} onChange={(enterpriseId) => update({ enterpriseId })} />
            ) : (
              <Input
                aria-label={t('visits.quick.newName')}
                placeholder={t('visits.quick.newName')}
                maxLength={200}
                value={draft.newName}
                onChange={(event) => update({ newName: event.target.value })}
              />
            )}
          </Form.Item>
          <Flex wrap gap={8}>
            <Form.Item label={t('visits.fields.visitedOn')} style={{ flex: '1 1 140px' }}>
              <DatePicker
                style={{ width: '100%' }}
                inputReadOnly
                allowClear={false}
                value={dayjs(draft.visitedOn)}
                onChange={(value) => value && update({ visitedOn: value.format('YYYY-MM-DD') })}
                disabledDate={(value) => value.format('YYYY-MM-DD') > chinaToday()}
              />
            </Form.Item>
            <Form.Item label={t('visits.fields.place')} style={{ flex: '2 1 200px' }}>
              <Input aria-label={t('visits.fields.place')} maxLength={200} value={draft.place} onChange={(event) => update({ place: event.target.value })} />
            </Form.Item>
          </Flex>
          {tripsOfDay.length > 0 && (
            <Form.Item label={t('visits.fields.trip')}>
              <Select
                allowClear
                aria-label={t('visits.fields.trip')}
                value={tripsOfDay.some((trip) => trip.id === draft.tripId) ? draft.tripId : undefined}
                onChange={(tripId: string | undefined) => update({ tripId })}
                options={tripsOfDay.map((trip) => ({ value: trip.id, label: trip.name }))}
              />
            </Form.Item>
          )}
          <Form.Item label={t('visits.fields.concerns')}>
            <Flex wrap gap={8}>
              {concernTags.map((tag) => (
                <Tag.CheckableTag
                  key={tag}
                  checked={draft.concerns.includes(tag)}
                  onChange={() => toggle(tag)}
                  style={{ padding: '6px 12px', fontSize: 15, border: '1px solid #d9d9d9' }}
                >
                  {t(`visits.concerns.${tag}`)}
                </Tag.CheckableTag>
              ))}
            </Flex>
          </Form.Item>
          {concernTags
            .filter((tag) => draft.concerns.includes(tag))
            .map((tag) => (
              <Form.Item key={tag} label={<Tag color={concernColors[tag]}>{t(`visits.concerns.${tag}`)}</Tag>}>
                <Input
                  aria-label={t('visits.quick.concernNote', { concern: t(`visits.concerns.${tag}`) })}
                  placeholder={t('visits.quick.concernNotePlaceholder')}
                  maxLength={1000}
                  value={draft.concernNotes[tag]}
                  onChange={(event) => update({ concernNotes: { ...draft.concernNotes, [tag]: event.target.value } })}
                />
              </Form.Item>
            ))}
          <Form.Item label={t('visits.fields.summary')}>
            <Input.TextArea
              rows={3}
              maxLength={4000}
              placeholder={t('visits.quick.summaryPlaceholder')}
              value={draft.summary}
              onChange={(event) => update({ summary: event.target.value })}
            />
          </Form.Item>
          <Flex wrap gap={8}>
            <Form.Item label={t('visits.fields.nextStep')} style={{ flex: '2 1 220px' }}>
              <Input maxLength={1000} value={draft.nextStep} onChange={(event) => update({ nextStep: event.target.value })} />
            </Form.Item>
            <Form.Item label={t('visits.fields.dueOn')} style={{ flex: '1 1 140px' }}>
              <DatePicker
                style={{ width: '100%' }}
                inputReadOnly
                value={draft.nextStepDue ? dayjs(draft.nextStepDue) : null}
                onChange={(value) => update({ nextStepDue: value ? value.format('YYYY-MM-DD') : null })}
              />
            </Form.Item>
          </Flex>
          {duplicateOf && draft.enterpriseMode === 'new' && (
            <Alert
              type="warning"
              showIcon
              title={t('visits.quick.possibleDuplicate')}
              action={
                <Button size="small" onClick={() => void save(true)}>
                  {t('visits.quick.createAnyway')}
                </Button>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          <Button type="primary" htmlType="submit" block size="large" loading={saving}>
            {t('visits.quick.save')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {t('visits.quick.keptHint')}
          </Typography.Paragraph>
          <Popconfirm
            title={t('visits.quick.discardConfirm')}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            onConfirm={() => {
              localStorage.removeItem(draftKey(me.id));
              touched.current = false;
              setDraft(emptyDraft());
            }}
          >
            <Button type="link" size="small" style={{ paddingInline: 0 }}>
              {t('visits.quick.discard')}
            </Button>
          </Popconfirm>
        </Form>
      </Card>
    </>
  );
}
