import type { FastifyInstance } from 'fastify';
import { attachmentKindsOf, type AttachmentKind } from '../platform/attachments/attachment-kind.ts';
import { composePermissions, type PermissionGrants } from '../platform/auth/permissions.ts';
import type { Tx } from '../platform/db/connection.ts';
import type { AppContext } from '../platform/http/context.ts';
import type { TimerHandler } from '../platform/timers/timer-handler.ts';
import type { DemoSeed, QiaoModule } from './module.ts';

// How a list of module definitions becomes a running app: every composition root goes through these.

function assertUniqueNames(modules: readonly QiaoModule[]): void {
  const seen = new Set<string>();
  for (const { name } of modules) {
    if (seen.has(name)) throw new Error(`module ${name} is listed twice`);
    seen.add(name);
  }
}

/** The one table of which roles hold which permission. */
export function permissionTableOf(modules: readonly QiaoModule[]): PermissionGrants {
  assertUniqueNames(modules);
  return composePermissions(modules.flatMap((module) => (module.permissions ? [module.permissions] : [])));
}

/** Every module's attachment kinds by name. */
export function attachmentKindTableOf(modules: readonly QiaoModule[]): ReadonlyMap<string, AttachmentKind> {
  return attachmentKindsOf(modules.flatMap((module) => module.attachmentKinds ?? []));
}

/** Every module's timer handlers by name; two modules declaring one name is a mistake, refused at start. */
export function timerHandlerTableOf(modules: readonly QiaoModule[]): ReadonlyMap<string, TimerHandler> {
  const table = new Map<string, TimerHandler>();
  for (const module of modules) {
    for (const [name, handler] of Object.entries(module.timerHandlers ?? {})) {
      if (table.has(name)) throw new Error(`timer handler ${name} of module ${module.name} is declared twice`);
      table.set(name, handler);
    }
  }
  return table;
}

export async function registerModuleRoutes(app: FastifyInstance, modules: readonly QiaoModule[]): Promise<void> {
  for (const module of modules) {
    if (module.routes) await app.register(module.routes, { modules });
  }
}

/** Defines every module's jobs (their schedules with them), then runs each module's start-up work. */
export async function startModuleJobs(ctx: AppContext, modules: readonly QiaoModule[]): Promise<void> {
  for (const module of modules) {
    for (const job of module.jobs?.(ctx, { modules }) ?? []) await ctx.jobs.define(job);
  }
  for (const module of modules) await module.onStart?.(ctx, { modules });
}

/** Each module's demo data in list order; returns the keyed records for the demo users. */
export async function seedModuleDemoData(tx: Tx, modules: readonly QiaoModule[], keys: ReadonlyMap<string, string> = new Map()): Promise<DemoSeed> {
  const seed: DemoSeed = { keys: new Map(keys) };
  for (const module of modules) await module.seedDemo?.(tx, seed);
  return seed;
}
