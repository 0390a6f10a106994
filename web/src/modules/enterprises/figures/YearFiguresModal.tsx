import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { figureIndicators, useRefreshFigures, type EnterpriseFigures, type FigureIndicator, type YearFigures } from './api.ts';

interface YearForm {
  year: number;
  values: Partial<Record<FigureIndicator, number | null>>;
  source?: string;
}

/**
 * One year's figures of an enterprise: staff give them, the enterprise reports its own (marked self-reported by the
 * server). Only the indicators changed are sent, so that the source given is theirs and a figure left as it was
 * keeps who gave it.
 */
export function YearFiguresModal({ enterpriseId, figures, year, onClose }: { enterpriseId: string; figures: EnterpriseFigures; year: YearFigures | null; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshFigures();
  const stored = (indicator: FigureIndicator) => year?.figures[indicator]?.value ?? null;
  const takenYears = new Set(figures.items.map((item) => item.year));

  async function save(form: YearForm) {
    const changed = Object.fromEntries(
      figureIndicators.flatMap((indicator) => {
        const value = form.values[indicator] ?? null;
        return value === stored(indicator) ? [] : [[indicator, value]];
      }),
    );
    await api.PUT('/api/enterprises/{id}/figures/{year}', {
      params: { path: { id: enterpriseId, year: form.year } },
      body: { values: changed, source: form.source || null },
    });
    await refresh();
  }

  const initialValues: Partial<YearForm> = {
    year: year?.year ?? Math.min(figures.lastYear - 1, Math.max(figures.firstYear, ...takenYears) + 1),
    values: Object.fromEntries(figureIndicators.map((indicator) => [indicator, stored(indicator)])),
  };
  return (
    <FormModal<YearForm>
      title={year ? t('enterprise.figures.editYear', { year: year.year }) : t('enterprise.figures.addYear')}
      initialValues={initialValues}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item
        name="year"
        label={t('enterprise.figures.year')}
        rules={[
          { required: true, message: t('common.required') },
          { validator: async (_, value: number) => { if (!year && takenYears.has(value)) throw new Error(t('enterprise.figures.yearTaken')); } },
        ]}
      >
        <InputNumber min={figures.firstYear} max={figures.lastYear} precision={0} disabled={Boolean(year)} style={{ width: '100%' }} />
      </Form.Item>
      {figureIndicators.map((indicator) => (
        <Form.Item key={indicator} name={['values', indicator]} label={t(`enterprise.figures.labels.${indicator}`)}>
          <InputNumber
            min={0}
            precision={indicator === 'employees' ? 0 : undefined}
            step={indicator === 'employees' ? 1 : 100}
            suffix={indicator === 'employees' ? t('enterprise.figures.people') : t('enterprise.capitalUnit')}
            placeholder={t('enterprise.figures.unknown')}
            style={{ width: '100%' }}
            inputMode="decimal"
          />
        </Form.Item>
      ))}
      <Form.Item name="source" label={t('enterprise.figures.source')} extra={t('enterprise.figures.sourceHint')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
