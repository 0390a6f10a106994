import { describe, expect, it } from 'vitest';
import { createLiveStream, type LiveEvent } from './live-stream.ts';

/** An event source the test drives: `emit` plays what the server sends. */
class FakeEventSource extends EventTarget {
  readonly CLOSED = 2;
  readyState = 0;
  closed = false;
  close() {
    this.closed = true;
    this.readyState = this.CLOSED;
  }
  emit(type: string, data?: unknown) {
    if (type === 'open') this.readyState = 1;
    this.dispatchEvent(data === undefined ? new Event(type) : new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

function setUp() {
  const sources: FakeEventSource[] = [];
  let visible = true;
  let visibilityHandler: (() => void) | null = null;
  const stream = createLiveStream({
    openEventSource: () => {
      const source = new FakeEventSource();
      sources.push(source);
      return source as unknown as EventSource;
    },
    isVisible: () => visible,
    onVisibilityChange: (handler) => {
      visibilityHandler = handler;
      return () => (visibilityHandler = null);
    },
  });
  const setVisible = (value: boolean) => {
    visible = value;
    visibilityHandler?.();
  };
  const listen = () => {
    const heard: LiveEvent[] = [];
    const stop = stream.subscribe((event) => heard.push(event));
    return { heard, stop };
  };
  return { stream, sources, setVisible, listen, following: () => visibilityHandler !== null };
}

describe('the app\'s one live stream', () => {
  it('opens one connection for every listener, passes each event on, and closes with the last listener', () => {
    const { stream, sources, listen, following } = setUp();
    const bell = listen();
    const queue = listen();
    expect(sources.length).toBe(1);
    sources[0]!.emit('open');
    sources[0]!.emit('unread', { count: 3 });
    sources[0]!.emit('change', { topic: 'service-desk.requests', ids: ['r1'] });
    expect(stream.connected()).toBe(true);
    const expected = [{ type: 'unread', count: 3 }, { type: 'change', topic: 'service-desk.requests', ids: ['r1'] }];
    expect(bell.heard).toEqual(expected);
    expect(queue.heard).toEqual(expected);

    // A listener that comes later hears the count it missed.
    const late = listen();
    expect(late.heard).toEqual([{ type: 'unread', count: 3 }]);

    bell.stop();
    queue.stop();
    expect(sources[0]!.closed).toBe(false);
    late.stop();
    expect(sources[0]!.closed).toBe(true);
    expect(stream.connected()).toBe(false);
    expect(following()).toBe(false);
  });

  it('closes while the page is hidden, and resyncs when opened again, since changes may have been missed', () => {
    const { sources, setVisible, listen } = setUp();
    const queue = listen();
    sources[0]!.emit('open');
    setVisible(false);
    expect(sources[0]!.closed).toBe(true);
    setVisible(true);
    expect(sources.length).toBe(2);
    sources[1]!.emit('open');
    expect(queue.heard).toEqual([{ type: 'resync' }]);
  });

  it('passes the server\'s resync on, and reports itself lost on an error so that pages poll', () => {
    const { stream, sources, listen } = setUp();
    const queue = listen();
    sources[0]!.emit('open');
    sources[0]!.emit('unread', { count: 0 });
    sources[0]!.emit('resync', {});
    sources[0]!.emit('error');
    expect(stream.connected()).toBe(false);
    expect(queue.heard.at(-1)).toEqual({ type: 'resync' });
  });
});
