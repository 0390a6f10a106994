/** The "8+7" roadshow: 8 minutes of pitch, then 7 of questions. */
export const pitchSeconds = 8 * 60;
export const questionSeconds = 7 * 60;

export type RoadshowPart = 'pitch' | 'questions' | 'over';

/** Where a roadshow slot stands after so many seconds: its part, the seconds left of it, and whether it is nearly up. */
export function roadshowClock(elapsed: number): { part: RoadshowPart; left: number; nearlyUp: boolean } {
  if (elapsed < pitchSeconds) return { part: 'pitch', left: pitchSeconds - elapsed, nearlyUp: pitchSeconds - elapsed <= 60 };
  if (elapsed < pitchSeconds + questionSeconds) {
    const left = pitchSeconds + questionSeconds - elapsed;
    return { part: 'questions', left, nearlyUp: left <= 60 };
  }
  return { part: 'over', left: 0, nearlyUp: true };
}

/** m:ss */
export const minutesAndSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
