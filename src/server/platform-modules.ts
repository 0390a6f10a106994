import { attachmentMessages } from '../platform/attachments/messages.ts';
import { attachmentRoutes } from '../platform/attachments/routes.ts';
import { attachmentSweepJob, sweepIncomingAtStart } from '../platform/attachments/sweep-orphans.ts';
import { auditPermissions } from '../platform/audit/audit-permissions.ts';
import { auditMessages } from '../platform/audit/messages.ts';
import { auditRoutes } from '../platform/audit/routes.ts';
import { accountPermissions } from '../platform/auth/account-permissions.ts';
import { loginCounterCleanupJob, sessionCleanupJob } from '../platform/auth/jobs.ts';
import { authMessages } from '../platform/auth/messages.ts';
import { authRoutes } from '../platform/auth/routes.ts';
import type { EnterpriseExists } from '../platform/auth/users.ts';
import { housekeepingJob } from '../platform/housekeeping/housekeeping-job.ts';
import { notificationEmailJobs } from '../platform/notifications/email-jobs.ts';
import { notificationMessages } from '../platform/notifications/messages.ts';
import { notificationRoutes } from '../platform/notifications/routes.ts';
import { rosterMessages } from '../platform/roster/messages.ts';
import { rosterPermissions } from '../platform/roster/roster-permissions.ts';
import { rosterRoutes } from '../platform/roster/routes.ts';
import { quickSearchRoutes } from '../platform/search/routes.ts';
import { teamMessages } from '../platform/teams/messages.ts';
import { teamMeasureTableOf } from '../platform/teams/team-measures.ts';
import { teamPermissions } from '../platform/teams/team-permissions.ts';
import { teamRoutes } from '../platform/teams/routes.ts';
import { calendarPermissions } from '../platform/calendar/calendar-permissions.ts';
import { calendarMessages } from '../platform/calendar/messages.ts';
import { calendarRoutes } from '../platform/calendar/routes.ts';
import { checkTimerHandlers, timerSweepJob } from '../platform/timers/timer-jobs.ts';
import { attachmentKindTableOf, timerHandlerTableOf } from './compose.ts';
import { defineModule } from './module.ts';

// The platform's own parts, declared like any module so that every composition root (server, tests, browser
// tests) runs them, their jobs included.

/** Accounts, sessions and user administration; a user may belong to an enterprise, which must exist. */
export const accountsModule = (enterpriseExists: EnterpriseExists) =>
  defineModule({
    name: 'accounts',
    permissions: accountPermissions,
    routes: async (app) => {
      await app.register(authRoutes, { enterpriseExists });
    },
    jobs: (ctx) => [sessionCleanupJob(ctx.db), loginCounterCleanupJob(ctx.db)],
    messages: authMessages,
  });

export const auditModule = defineModule({
  name: 'audit',
  permissions: auditPermissions,
  routes: async (app) => {
    await app.register(auditRoutes);
  },
  messages: auditMessages,
});

/** The header's quick search over every module that offers a source. */
export const quickSearchModule = defineModule({
  name: 'quick-search',
  routes: async (app, { modules }) => {
    await app.register(quickSearchRoutes, { sources: modules.flatMap((module) => (module.quickSearch ? [module.quickSearch] : [])) });
  },
});

/** Files attached to the records of every module that declares attachment kinds; half-finished uploads swept. */
export const attachmentsModule = defineModule({
  name: 'attachments',
  routes: async (app, { modules }) => {
    await app.register(attachmentRoutes, { kinds: attachmentKindTableOf(modules) });
  },
  jobs: (ctx) => [attachmentSweepJob(ctx)],
  onStart: sweepIncomingAtStart,
  messages: attachmentMessages,
});

/** Every user's notifications: the inbox, its live unread count and e-mail. Modules write them with `notify`. */
export const notificationsModule = defineModule({
  name: 'notifications',
  routes: async (app) => {
    await app.register(notificationRoutes);
  },
  jobs: notificationEmailJobs,
  messages: notificationMessages,
});

/**
 * Teams of staff with members over periods of time (modules ask `membershipsOn` who belonged where on a day), and
 * their yearly targets on the measures modules declare (`teamMeasures`).
 */
export const teamsModule = defineModule({
  name: 'teams',
  permissions: teamPermissions,
  routes: async (app, { modules }) => {
    await app.register(teamRoutes, { measures: teamMeasureTableOf(modules.flatMap((module) => module.teamMeasures ?? [])) });
  },
  messages: teamMessages,
});

/**
 * Teams' on-call rosters (7×24): shifts, the week view, swaps; `onShiftAt` and `escalationChainAt` tell modules who
 * answers for a team at an instant.
 */
export const rosterModule = defineModule({
  name: 'roster',
  permissions: rosterPermissions,
  routes: async (app) => {
    await app.register(rosterRoutes);
  },
  messages: rosterMessages,
});

/**
 * Durable timers (`scheduleTimer` / `cancelTimers`): the sweep fires those due every minute with the handlers the
 * modules declare (`timerHandlers`); a start refuses pending timers whose handler is gone.
 */
export const timersModule = defineModule({
  name: 'timers',
  jobs: (ctx, { modules }) => [timerSweepJob(ctx, timerHandlerTableOf(modules))],
  onStart: (ctx, { modules }) => checkTimerHandlers(ctx.db, timerHandlerTableOf(modules)),
});

/** The working calendar's years (holidays, make-up working days): read by staff, entered by administrators. */
export const calendarModule = defineModule({
  name: 'calendar',
  permissions: calendarPermissions,
  routes: async (app) => {
    await app.register(calendarRoutes);
  },
  messages: calendarMessages,
});

/**
 * The daily housekeeping: fired and given-up timers, old read notifications and the content of long-deleted
 * attachments aged out, each after its own number of days (`config.retention`).
 */
export const housekeepingModule = defineModule({
  name: 'housekeeping',
  jobs: (ctx) => [housekeepingJob(ctx)],
});
