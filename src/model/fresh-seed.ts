// A seed from the operating system's entropy, for a seeding a deterministic run leaves off
// (TrainingSettings.unseeded): never from Math.random, which each fold replaces with a seeded
// stream, so that drawing from it would give every run the same "unseeded" numbers.
import { randomInt } from 'node:crypto';

/** In 1..2^31-2: never 0, which tfjs reads as "no seed". */
export function freshSeed(): number {
  return randomInt(1, 0x7fffffff);
}
