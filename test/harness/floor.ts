import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './paths';

/**
 * test/floor.json: how many tests each stage passed when it was last raised. A stage that passes
 * fewer fails, so that tests deleted or no longer found cannot go unnoticed. Raise it with the tests
 * you add; lower it only with the tests you remove on purpose, in the same change.
 */
export const FLOOR_FILE = path.join(repoRoot, 'test', 'floor.json');

export function floorOf(stage: string): number {
  const floors = JSON.parse(fs.readFileSync(FLOOR_FILE, 'utf8')) as Record<string, unknown>;
  const floor = floors[stage];
  if (typeof floor !== 'number') {
    throw new Error(`${path.relative(repoRoot, FLOOR_FILE)} has no floor for the stage "${stage}"`);
  }
  return floor;
}

/** Why `passed` is not enough for `stage`, or undefined when it is. */
export function belowFloor(stage: string, passed: number): string | undefined {
  const floor = floorOf(stage);
  return passed < floor ? `${passed} passed, below the floor of ${floor} in ${path.relative(repoRoot, FLOOR_FILE)}` : undefined;
}
