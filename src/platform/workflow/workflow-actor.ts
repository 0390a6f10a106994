import type { FastifyRequest } from 'fastify';
import { systemActor } from '../audit/record-audit.ts';
import { actorOf, currentUser } from '../auth/plugin.ts';
import type { Permission } from '../auth/permissions.ts';
import type { WorkflowActor } from './workflow.ts';

/** The signed-in user as the actor of a transition. */
export function workflowActorOf(request: FastifyRequest): WorkflowActor {
  const user = currentUser(request);
  return { ...actorOf(request), permissions: user.permissions, enterpriseId: user.enterpriseId };
}

/**
 * The system (a scheduled job, e.g. expiring listings) acting with exactly the permissions it is given; a
 * transition only the system makes names a permission granted to no role.
 */
export function systemWorkflowActor(permissions: readonly Permission[]): WorkflowActor {
  return { ...systemActor, permissions, enterpriseId: null };
}
