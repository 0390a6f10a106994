import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connection.ts';
import { siteBuildings, sites } from '../sites/schema.ts';
import { projects } from './schema.ts';

/** Where demo projects land: the fabric group's showroom in the expo centre's office tower. */
const demoLandings = [{ project: '德纺集团华北面料展示与区域采购中心', site: '即墨国际家居博览中心', building: 'C座 商务办公' }];

/** Names the demo projects' landing sites; the sites module seeds its demo sites before the projects'. */
export async function seedDemoLandings(tx: Tx): Promise<void> {
  for (const landing of demoLandings) {
    const [place] = await tx
      .select({ siteId: sites.id, buildingId: siteBuildings.id })
      .from(sites)
      .innerJoin(siteBuildings, and(eq(siteBuildings.siteId, sites.id), eq(siteBuildings.name, landing.building)))
      .where(eq(sites.name, landing.site));
    if (!place) continue;
    await tx.update(projects).set({ landingSiteId: place.siteId, landingBuildingId: place.buildingId }).where(eq(projects.name, landing.project));
  }
}
