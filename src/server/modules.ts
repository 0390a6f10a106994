import { competitionModule } from '../modules/competition/module.ts';
import { enterpriseExists } from '../modules/enterprises/enterprise-exists.ts';
import { enterpriseModule } from '../modules/enterprises/module.ts';
import { enterpriseEventsModule } from '../modules/enterprise-events/module.ts';
import { investmentLeadsModule } from '../modules/investment-leads/module.ts';
import { investmentVisitsModule } from '../modules/investment-visits/module.ts';
import { investmentEventsModule } from '../modules/investment-events/module.ts';
import { investmentProjectsModule } from '../modules/investment-projects/module.ts';
import { investmentTalentModule } from '../modules/investment-talent/module.ts';
import { investmentReportsModule } from '../modules/investment-reports/module.ts';
import { keyEnterprisesModule } from '../modules/key-enterprises/module.ts';
import { marketDealsModule } from '../modules/market-deals/module.ts';
import { marketMatchingModule } from '../modules/market-matching/module.ts';
import { marketModule } from '../modules/market/module.ts';
import { marketStatisticsModule } from '../modules/market-statistics/module.ts';
import { marketPortalModule } from '../modules/market-portal/module.ts';
import { referenceModule } from '../modules/reference/module.ts';
import { serviceDeskModule } from '../modules/service-desk/module.ts';
import { serviceDeskReportsModule } from '../modules/service-desk-reports/module.ts';
import { policiesModule } from '../modules/policies/module.ts';
import { policyApplicationsModule } from '../modules/policy-applications/module.ts';
import { policyEvaluationModule } from '../modules/policy-evaluation/module.ts';
import { openServiceRequestsOf } from '../modules/service-desk/open-service-requests.ts';
import { sitesModule } from '../modules/sites/module.ts';
import type { QiaoModule } from './module.ts';
import {
  accountsModule,
  attachmentsModule,
  auditModule,
  calendarModule,
  housekeepingModule,
  notificationsModule,
  quickSearchModule,
  rosterModule,
  teamsModule,
  timersModule,
} from './platform-modules.ts';

/**
 * Every module of Qiao, in order: routes are registered, jobs defined and demo data seeded in this order. The one
 * list that the server, the seeder, the test app and the browser-test harness compose; a module is added here and
 * in web/src/app/modules.ts.
 */
export const modules: readonly QiaoModule[] = [
  accountsModule(enterpriseExists),
  auditModule,
  quickSearchModule,
  attachmentsModule,
  notificationsModule,
  teamsModule,
  rosterModule,
  timersModule,
  calendarModule,
  housekeepingModule,
  referenceModule,
  enterpriseModule,
  marketModule,
  marketMatchingModule,
  marketPortalModule,
  marketDealsModule,
  marketStatisticsModule,
  investmentLeadsModule,
  investmentVisitsModule,
  // Before projects, which name the sites they land in, demo data included.
  sitesModule,
  investmentProjectsModule,
  investmentEventsModule,
  investmentTalentModule,
  investmentReportsModule,
  // After sites, whose register places its requests.
  serviceDeskModule,
  // After the service desk, whose requests it counts.
  serviceDeskReportsModule,
  // After visits, whose data its home card reads; the modules keeping enterprises' requests supply their open ones.
  keyEnterprisesModule({ openRequests: [openServiceRequestsOf] }),
  // After the register, whose firms it invites; its demo lists the enterprise demo's firms of 高新区.
  enterpriseEventsModule,
  // After leads and projects, which its entries become; before policies, whose first scan then finds its entrants.
  competitionModule,
  // After the register and key enterprises: its rules read enterprises' figures, tags and lists.
  policiesModule,
  // After policies: applications and payouts are for their benefit items.
  policyApplicationsModule,
  // After applications and payouts, which it counts.
  policyEvaluationModule,
];

export { enterpriseExists };
