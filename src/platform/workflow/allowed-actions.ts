import type { AnyWorkflow, ActionOf, RecordOf, WorkflowActor } from './workflow.ts';

/** Why an action cannot be taken now: the record is in another state, or the actor may not take it. */
export type Refusal = 'wrongState' | 'notAllowed';

/** The one rule both the buttons a user sees and the transition itself obey. */
export function refusalOf<W extends AnyWorkflow>(
  workflow: W,
  actor: WorkflowActor,
  state: string,
  record: RecordOf<W>,
  action: ActionOf<W>,
): Refusal | null {
  const transition = workflow.transitions[action]!;
  if (!transition.from.includes(state)) return 'wrongState';
  if (transition.permission && !actor.permissions.includes(transition.permission)) return 'notAllowed';
  if (transition.guard && !transition.guard(actor, record as never)) return 'notAllowed';
  return null;
}

/** The actions this actor may take on the record in its state, in the workflow's order: the buttons to show. */
export function allowedActions<W extends AnyWorkflow>(workflow: W, actor: WorkflowActor, state: string, record: RecordOf<W>): ActionOf<W>[] {
  return (Object.keys(workflow.transitions) as ActionOf<W>[]).filter((action) => refusalOf(workflow, actor, state, record, action) === null);
}
