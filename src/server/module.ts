import type { FastifyInstance } from 'fastify';
import type { AttachmentKind } from '../platform/attachments/attachment-kind.ts';
import type { Tx } from '../platform/db/connection.ts';
import type { PermissionGrants } from '../platform/auth/permissions.ts';
import type { AppContext } from '../platform/http/context.ts';
import type { JobDefinition } from '../platform/jobs/jobs.ts';
import type { MessageCatalog } from '../platform/i18n/messages.ts';
import type { QuickSearchSource } from '../platform/search/quick-search.ts';
import type { TeamMeasure } from '../platform/teams/team-measures.ts';
import type { TimerHandler } from '../platform/timers/timer-handler.ts';
import type { TimelineSource } from '../modules/enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../modules/enterprises/merge-enterprises.ts';

/**
 * What each module's route plugin, jobs and start-up work are given: the whole composition, for modules that
 * gather from the others.
 */
export interface ModuleRouteOptions {
  modules: readonly QiaoModule[];
}

/** Shared by the demo-data seeds of one first start: records that later seeds and demo users refer to, by key. */
export interface DemoSeed {
  keys: Map<string, string>;
}

/**
 * Everything a module adds to Qiao, declared in one place. The app, the job runner, the seeder, the test app and
 * the browser-test harness all iterate one ordered list of these (src/server/modules.ts), so adding a module is
 * one entry there and one in the web's list (web/src/app/modules.ts).
 */
export interface QiaoModule {
  /** Unique; used in logs and errors. */
  name: string;
  /** The permissions it defines, with the roles they are granted to by default. */
  permissions?: PermissionGrants;
  /** Its API routes. Each route declares `config.permission` (or `access: 'public' | 'authenticated'`). */
  routes?: (app: FastifyInstance, options: ModuleRouteOptions) => Promise<void>;
  /** Background and scheduled work (pg-boss: a scheduled job fires once however many instances run). */
  jobs?: (ctx: AppContext, options: ModuleRouteOptions) => JobDefinition<never>[];
  /** Work at each start once its jobs are defined, e.g. queueing again what a killed instance left half-done. */
  onStart?: (ctx: AppContext, options: ModuleRouteOptions) => Promise<void>;
  /**
   * What its durable timers do when due, by handler name (`<module>.<what>`, unique across modules); it sets them
   * with `scheduleTimer` inside its writes. A pending timer naming no declared handler stops the start.
   */
  timerHandlers?: Readonly<Record<string, TimerHandler>>;
  /** Its events on the enterprise timeline. */
  timelineSources?: readonly TimelineSource[];
  /** Moves its links from a duplicate enterprise to the survivor, inside the merge's transaction. */
  mergeSteps?: readonly EnterpriseMergeStep[];
  /** Results for the header's quick search, shown to callers holding the source's permission. */
  quickSearch?: QuickSearchSource;
  /** Its records that take file attachments: accepted types, size limit and who may read and attach. */
  attachmentKinds?: readonly AttachmentKind[];
  /** What teams' yearly targets can be set on, with the progress this module counts (visits, signed amount). */
  teamMeasures?: readonly TeamMeasure[];
  /** Demo data for an empty database, inside the first start's transaction, after the modules before it. */
  seedDemo?: (tx: Tx, seed: DemoSeed) => Promise<void>;
  /** Its server-side messages (defined with defineMessages). */
  messages?: MessageCatalog;
}

export function defineModule(module: QiaoModule): QiaoModule {
  return module;
}
