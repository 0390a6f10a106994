import { z } from 'zod';
import { pageOf } from '../../platform/http/schemas.ts';
import { siteReference } from '../sites/find-site-unit.ts';
import { projectStages } from './project-stages.ts';

/** Where a project lands, in a create or update body; null clears it. */
export const landingInput = siteReference.nullable().optional().describe('Where it lands (落地载体): a site and optionally its building, floor or unit; null clears it');

/** Where a project lands, with the names the page shows. */
export const projectLandingSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string(),
  buildingId: z.uuid().nullable(),
  buildingName: z.string().nullable(),
  floorId: z.uuid().nullable(),
  floorLabel: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitCode: z.string().nullable(),
});
export type ProjectLanding = z.output<typeof projectLandingSchema>;

/** A project landed in a site, as the site's page lists it. */
export const landedProjectSchema = projectLandingSchema.omit({ siteId: true, siteName: true }).extend({
  id: z.uuid(),
  name: z.string(),
  enterpriseName: z.string(),
  stage: z.enum(projectStages),
  teamName: z.string().nullable(),
});
export const landedProjectPage = pageOf(landedProjectSchema);
export type LandedProjectPage = z.output<typeof landedProjectPage>;
