import { describe, expect, it } from 'vitest';
import { minutesAndSeconds, roadshowClock } from './roadshow-clock.ts';

describe('the 8+7 roadshow clock', () => {
  it.each([
    [0, { part: 'pitch', left: 480, nearlyUp: false }],
    [420, { part: 'pitch', left: 60, nearlyUp: true }],
    [480, { part: 'questions', left: 420, nearlyUp: false }],
    [899, { part: 'questions', left: 1, nearlyUp: true }],
    [900, { part: 'over', left: 0, nearlyUp: true }],
    [1200, { part: 'over', left: 0, nearlyUp: true }],
  ])('after %i s', (elapsed, clock) => {
    expect(roadshowClock(elapsed)).toEqual(clock);
  });

  it('writes minutes and seconds', () => {
    expect([minutesAndSeconds(480), minutesAndSeconds(61), minutesAndSeconds(9)]).toEqual(['8:00', '1:01', '0:09']);
  });
});
