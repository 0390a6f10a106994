import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SitePlaceCascader, SiteSelect } from '../sites/SitePickers.tsx';
import type { Project } from './api.ts';

/** The form's values for where a project lands. */
export interface LandingValues {
  landingSiteId?: string;
  landingPlace?: string[];
}

/** A project's landing as the form's initial values. */
export const landingValuesOf = (landing: Project['landing']): LandingValues =>
  landing ? { landingSiteId: landing.siteId, landingPlace: [landing.buildingId, landing.floorId, landing.unitId].filter((id): id is string => id !== null) } : {};

/** Where the project lands: a site, then optionally a building, floor or unit of it; choosing another site clears the place. */
export function LandingFields({ siteName }: { siteName?: string | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<LandingValues>();
  return (
    <>
      <Form.Item name="landingSiteId" label={t('projects.fields.landing')} extra={t('projects.form.landingHint')}>
        <SiteSelect initialLabel={siteName} onChange={() => form.setFieldValue('landingPlace', undefined)} />
      </Form.Item>
      <Form.Item noStyle dependencies={['landingSiteId']}>
        {({ getFieldValue }) => {
          const siteId = getFieldValue('landingSiteId') as string | undefined;
          return (
            siteId && (
              <Form.Item name="landingPlace" label={t('projects.fields.landingPlace')}>
                <SitePlaceCascader siteId={siteId} />
              </Form.Item>
            )
          );
        }}
      </Form.Item>
    </>
  );
}
