import type { ChangeFeed } from '../db/change-feed.ts';
import type { SessionUser } from './sessions.ts';

export interface CachedSession {
  sessionId: string;
  csrfToken: string;
  user: SessionUser;
  lastSeenAt: number;
  expiresAt: number;
}

/** The channel on which the database announces session ends and user changes (migration 0007). */
export const sessionChangeChannel = 'qiao_sessions';

/**
 * Signed-in sessions held in memory, so that a request costs no database round trip to learn who sent it.
 * Trusted only while the change feed is listening: every session end and user change is announced by a trigger
 * and drops the copy in every instance; this instance also drops its copy at once when it makes the change
 * itself, before answering, so that a signed-out session is refused on the very next request.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  /** Counts forgets: a database read that overlapped one may have seen what was just forgotten. */
  private generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly capacity = 20_000,
  ) {}

  async listen(): Promise<void> {
    await this.feed.subscribe(sessionChangeChannel, {
      onChange: (payload) => {
        const [kind, id = ''] = payload.split(':', 2);
        if (kind === 'session') this.forgetSession(id);
        else if (kind === 'user') this.forgetUser(id);
        else this.clear();
      },
      onGap: () => this.clear(),
    });
  }

  get(sessionId: string, now = Date.now()): CachedSession | undefined {
    if (!this.feed.listening) return undefined;
    const entry = this.entries.get(sessionId);
    return entry && entry.expiresAt > now ? entry : undefined;
  }

  /**
   * Call before reading a session from the database; the returned function keeps what was read, unless
   * something was forgotten in between (the read may predate a sign-out) or notices are not arriving.
   */
  beginRead(): (entry: CachedSession) => void {
    const started = this.generation;
    return (entry) => {
      if (started !== this.generation || !this.feed.listening) return;
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(entry.sessionId, entry);
    };
  }

  forgetSession(sessionId: string): void {
    this.generation++;
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    this.generation++;
    for (const [sessionId, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(sessionId);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
