import { describe, expect, it } from 'vitest';
import { timeInStates, type TimeInState } from './time-in-states.ts';

const minute = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + minutes * minute);
/** `[from, to, minute]` rows, made in this order. */
const made = (...rows: [string | null, string, number][]) => rows.map(([fromState, toState, minutes]) => ({ fromState, toState, at: at(minutes) }));
const spent = (...rows: [string, number, boolean?][]): TimeInState[] => rows.map(([state, minutes, current]) => ({ state, ms: minutes * minute, current: current ?? false }));

describe('timeInStates', () => {
  it.each([
    { case: 'no transitions', transitions: made(), now: 10, expected: spent() },
    { case: 'only the start: the open first state', transitions: made([null, 'draft', 0]), now: 10, expected: spent(['draft', 10, true]) },
    {
      case: 'a path, the open state counted until now',
      transitions: made([null, 'draft', 0], ['draft', 'submitted', 5], ['submitted', 'published', 65]),
      now: 100,
      expected: spent(['draft', 5], ['submitted', 60], ['published', 35, true]),
    },
    {
      case: 'a state entered again adds its stays',
      transitions: made([null, 'draft', 0], ['draft', 'submitted', 10], ['submitted', 'rejected', 20], ['rejected', 'submitted', 50], ['submitted', 'published', 55]),
      now: 60,
      expected: spent(['draft', 10], ['submitted', 15], ['rejected', 30], ['published', 5, true]),
    },
    {
      case: 'the current state entered before counts its earlier stays too',
      transitions: made([null, 'open', 0], ['open', 'waiting', 10], ['waiting', 'open', 30]),
      now: 35,
      expected: spent(['open', 15, true], ['waiting', 20]),
    },
    {
      case: 'a state passed through in the same instant is listed with zero',
      transitions: made([null, '意向', 0], ['意向', '洽谈', 10], ['洽谈', '签约', 10], ['签约', '技术合同登记', 40]),
      now: 40,
      expected: spent(['意向', 10], ['洽谈', 0], ['签约', 30], ['技术合同登记', 0, true]),
    },
    {
      case: 'a transition back to the same state continues the stay',
      transitions: made([null, 'screening', 0], ['screening', 'screening', 5], ['screening', 'visiting', 12]),
      now: 20,
      expected: spent(['screening', 12], ['visiting', 8, true]),
    },
    {
      case: 'without the start, the state before the first transition is unknown and left out',
      transitions: made(['draft', 'submitted', 10], ['submitted', 'published', 15]),
      now: 20,
      expected: spent(['submitted', 5], ['published', 5, true]),
    },
    {
      case: 'a clock set back between two transitions counts zero, never negative',
      transitions: made([null, 'draft', 0], ['draft', 'submitted', 30], ['submitted', 'published', 20]),
      now: 50,
      expected: spent(['draft', 30], ['submitted', 0], ['published', 30, true]),
    },
    {
      case: 'now read before the last transition leaves the open state at zero',
      transitions: made([null, 'draft', 0], ['draft', 'submitted', 30]),
      now: 25,
      expected: spent(['draft', 30], ['submitted', 0, true]),
    },
  ])('$case', ({ transitions, now, expected }) => {
    expect(timeInStates(transitions, at(now))).toEqual(expected);
  });
});
