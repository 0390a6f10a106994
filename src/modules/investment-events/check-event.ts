import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { promotionEvents } from './schema.ts';
import './messages.ts';

/** An event a signing names must exist: 400 on the field otherwise (events are readable by every member of staff who signs). */
export async function checkEventReference(db: DbOrTx, eventId: string | null | undefined, field = 'eventId'): Promise<string | null> {
  if (!eventId) return null;
  const [event] = await db.select({ id: promotionEvents.id }).from(promotionEvents).where(eq(promotionEvents.id, eventId));
  if (!event) throw invalidInput([{ field, message: 'event.unknown' }]);
  return event.id;
}
