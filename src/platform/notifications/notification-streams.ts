import { PassThrough } from 'node:stream';

/** The channel on which the database announces, with a user's id, that their unread count may have changed. */
export const notificationChangeChannel = 'qiao_notifications';

export interface NotificationStreamsOptions {
  countUnread(userId: string): Promise<number>;
  /** Of these sessions, those that still stand (unexpired, their user enabled), with when each expires (ms). */
  sessionExpiries(sessionIds: string[]): Promise<Map<string, number>>;
  onError(error: unknown): void;
  /** Open streams one user may hold; past it a page polls instead. */
  maxPerUser?: number;
  /** A comment this often keeps proxies from closing a quiet stream, and is when sessions are checked. */
  heartbeatMs?: number;
}

interface OpenStream {
  body: PassThrough;
  userId: string;
  sessionId: string;
  /** When to ask the database whether the session still stands; 0 at the next heartbeat. */
  checkSessionAt: number;
  /** The count this stream last heard: a notice that changes nothing (one already counted on connecting) is not sent. */
  sentCount?: number;
}

// A client that reads nothing for this long behind (bytes queued here) is gone or stuck: its stream is closed.
const maxQueuedBytes = 16_384;

/**
 * The open event streams of one instance, by user: each hears its user's unread count on connecting and after every
 * change the database announces, from whichever instance or tool, and the live changes of records meant for its
 * user (`src/platform/live`). A stream lives as long as its session: signed
 * out (any instance) or expired, it is closed, and the page's reconnection is refused.
 */
export class NotificationStreams {
  private readonly byUser = new Map<string, Set<OpenStream>>();
  /** Users whose count is being read; true when another change came meanwhile and it must be read again. */
  private readonly counting = new Map<string, boolean>();
  private readonly maxPerUser: number;
  private readonly heartbeat: NodeJS.Timeout;
  private checkingSessions = false;

  constructor(private readonly options: NotificationStreamsOptions) {
    this.maxPerUser = options.maxPerUser ?? 4;
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? 25_000);
    this.heartbeat.unref();
  }

  /** A new stream for the user on this session, or null when the user holds as many as they may. */
  open(userId: string, sessionId: string, sessionExpiresAt = 0): PassThrough | null {
    const streams = this.byUser.get(userId) ?? new Set();
    if (streams.size >= this.maxPerUser) return null;
    const stream: OpenStream = { body: new PassThrough(), userId, sessionId, checkSessionAt: sessionExpiresAt };
    streams.add(stream);
    this.byUser.set(userId, streams);
    // The client went away.
    stream.body.on('close', () => this.forget(stream));
    this.changed(userId);
    return stream.body;
  }

  /** The user's count may have changed: read it once more and tell each of their streams. */
  changed(userId: string): void {
    if (!this.byUser.has(userId)) return;
    if (this.counting.has(userId)) {
      this.counting.set(userId, true);
      return;
    }
    this.counting.set(userId, false);
    void this.sendCounts(userId);
  }

  /** The users with a stream open on this instance. */
  connectedUsers(): string[] {
    return [...this.byUser.keys()];
  }

  /** Sends an event to these users' open streams, or to every open stream when given null (live changes). */
  sendEvent(userIds: Iterable<string> | null, event: string, data: unknown): void {
    const text = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    if (userIds === null) for (const stream of this.streams()) this.write(stream, text);
    else for (const userId of userIds) for (const stream of [...(this.byUser.get(userId) ?? [])]) this.write(stream, text);
  }

  /** Notices may have been missed: every stream hears its count again. */
  changedAll(): void {
    for (const userId of this.byUser.keys()) this.changed(userId);
  }

  /** A notice on the sessions channel (`session:<id>`, `user:<id>`, or anything else for all). */
  sessionChanged(payload: string): void {
    const [kind, id] = payload.split(':', 2);
    for (const stream of this.streams()) {
      if (kind === 'session') {
        if (stream.sessionId === id) this.end(stream);
      } else if (kind !== 'user' || stream.userId === id) stream.checkSessionAt = 0;
    }
  }

  /** Session notices may have been missed: each stream's session is checked at the next heartbeat. */
  recheckSessions(): void {
    for (const stream of this.streams()) stream.checkSessionAt = 0;
  }

  /** Ends every stream, so that the server can close; the pages reconnect to another instance or after restart. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const stream of this.streams()) this.end(stream);
  }

  private forget(stream: OpenStream): void {
    const streams = this.byUser.get(stream.userId);
    streams?.delete(stream);
    if (streams?.size === 0) this.byUser.delete(stream.userId);
  }

  /** Ends a stream, which is then no longer written to (its 'close' comes only once the client has read the rest). */
  private end(stream: OpenStream): void {
    this.forget(stream);
    stream.body.end();
  }

  private *streams(): Iterable<OpenStream> {
    for (const streams of this.byUser.values()) yield* [...streams];
  }

  private async sendCounts(userId: string): Promise<void> {
    try {
      do {
        this.counting.set(userId, false);
        const count = await this.options.countUnread(userId);
        for (const stream of this.byUser.get(userId) ?? []) {
          if (stream.sentCount === count) continue;
          stream.sentCount = count;
          this.write(stream, `event: unread\ndata: ${JSON.stringify({ count })}\n\n`);
        }
      } while (this.counting.get(userId));
    } catch (error) {
      this.options.onError(error);
    } finally {
      this.counting.delete(userId);
    }
  }

  private write(stream: OpenStream, text: string): void {
    if (stream.body.writableLength <= maxQueuedBytes) stream.body.write(text);
    else {
      this.forget(stream);
      stream.body.destroy();
    }
  }

  private beat(): void {
    const now = Date.now();
    const due: OpenStream[] = [];
    for (const stream of this.streams()) {
      this.write(stream, ': keep-alive\n\n');
      if (stream.checkSessionAt <= now) due.push(stream);
    }
    if (due.length > 0 && !this.checkingSessions) void this.checkSessions(due);
  }

  private async checkSessions(due: OpenStream[]): Promise<void> {
    this.checkingSessions = true;
    // Being checked; a session notice meanwhile puts a stream back to 0, and the answer, read before it, is not kept.
    for (const stream of due) stream.checkSessionAt = Number.POSITIVE_INFINITY;
    try {
      const expiries = await this.options.sessionExpiries([...new Set(due.map((stream) => stream.sessionId))]);
      for (const stream of due) {
        const expiresAt = expiries.get(stream.sessionId);
        if (expiresAt === undefined) this.end(stream);
        else if (stream.checkSessionAt === Number.POSITIVE_INFINITY) stream.checkSessionAt = expiresAt;
      }
    } catch (error) {
      for (const stream of due) stream.checkSessionAt = 0;
      this.options.onError(error);
    } finally {
      this.checkingSessions = false;
    }
  }
}
