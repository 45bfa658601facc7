// A check's settings as the tests give them: every input at its default (the one table in
// src/inputs/setting-names.ts, parsed as the action parses it), with what the test changes.
import type { CheckSettings } from '../../src/contracts/settings.js';
import { actionInputLabel } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';

export function checkSettings(changes: Partial<CheckSettings> = {}): CheckSettings {
  const defaults = parseSettings({}, actionInputLabel);
  if (!defaults.ok) throw new Error(`the default settings do not parse: ${defaults.error}`);
  return { ...defaults.value, ...changes };
}
