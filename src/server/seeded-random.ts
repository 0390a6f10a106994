/**
 * A small deterministic generator (mulberry32) for demo data and benchmark corpora: the same seed gives the same
 * numbers in [0, 1), so every first start seeds the same records, tests can count on them, and a corpus can be
 * rebuilt exactly.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
