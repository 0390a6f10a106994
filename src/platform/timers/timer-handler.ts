import type { Tx } from '../db/connection.ts';
import type { AppContext } from '../http/context.ts';
import type { TimerPayload } from './schema.ts';

/** A timer as its handler is given it. */
export interface DueTimer {
  id: string;
  handler: string;
  key: string;
  fireAt: Date;
  payload: TimerPayload;
  /** Failed runs before this one. */
  attempts: number;
}

/**
 * What a module does when one of its timers falls due, inside the transaction that marks the timer fired: its
 * writes (notifications, audit events, jobs sent `within` it) commit with that mark or not at all, so a thrown
 * error undoes them and the timer is tried again later. Work outside the database does not roll back; leave it to
 * a job sent within the transaction.
 */
export type TimerHandler = (tx: Tx, timer: DueTimer, ctx: AppContext) => Promise<void>;
