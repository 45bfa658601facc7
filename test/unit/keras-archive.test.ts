// Reading a .keras archive's config.json and metadata.json, and nothing else: real zip files
// written here with fflate, stored and deflated as zip tools write them, and broken ones.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { UserError } from '../../src/util/user-error.js';
import { MAX_CONFIG_BYTES, readKerasArchive } from '../../src/model/keras-archive.js';
import { tempDir } from '../support/paths.js';

const dir = tempDir('keras-archive');
const config = { class_name: 'Sequential', config: { name: 's', layers: [] } };
const metadata = { keras_version: '3.15.1', date_saved: '2026-01-01@00:00:00' };

function archive(name: string, files: Zippable | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, files instanceof Uint8Array ? files : zipSync(files));
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await readKerasArchive(path, "'model': m.keras").then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof UserError, `expected a UserError, got ${String(error)}`);
  return error.message;
}

describe('readKerasArchive', () => {
  it('reads config.json and the Keras version, stored (as Keras writes them) or deflated, whatever else the archive holds', async () => {
    // Keras writes metadata.json, config.json, then model.weights.h5, all stored.
    const stored = archive('stored.keras', {
      'metadata.json': [strToU8(JSON.stringify(metadata)), { level: 0 }],
      'config.json': [strToU8(JSON.stringify(config)), { level: 0 }],
      'model.weights.h5': [new Uint8Array(3 << 20).fill(7), { level: 0 }],
    });
    assert.deepEqual(await readKerasArchive(stored, 'm'), { config, kerasVersion: '3.15.1' });
    // Another order, deflated, and no metadata.json: no version.
    const deflated = archive('deflated.keras', { 'model.weights.h5': new Uint8Array(1000), 'config.json': strToU8(JSON.stringify(config)) });
    assert.deepEqual(await readKerasArchive(deflated, 'm'), { config, kerasVersion: null });
  });

  it('refuses a file that is not a zip, one without config.json, and a corrupt one, each in one line', async () => {
    assert.equal(
      await refusal(archive('text.keras', strToU8('{"class_name": "Sequential"}'))),
      `'model': m.keras: not a zip archive, as a .keras file is; give the file that model.save("model.keras") wrote`,
    );
    assert.equal(
      await refusal(archive('no-config.keras', { 'metadata.json': strToU8(JSON.stringify(metadata)), 'model.weights.h5': new Uint8Array(10) })),
      `'model': m.keras: the archive has no config.json, so it is not a .keras model; give the file that model.save("model.keras") wrote`,
    );
    const whole = zipSync({
      'metadata.json': [strToU8(JSON.stringify(metadata)), { level: 0 }],
      'config.json': [strToU8(JSON.stringify(config)), { level: 0 }],
    });
    // Cut inside config.json.
    assert.equal(
      await refusal(archive('cut.keras', whole.subarray(0, 150))),
      "'model': m.keras: the .keras archive is corrupt (invalid zip data); save the model again",
    );
    assert.match(
      await refusal(archive('bad-json.keras', { 'config.json': strToU8('{"class_name": ') })),
      /^'model': m\.keras: its config\.json is not valid JSON \(.+\); save the model again$/,
    );
    assert.match(await refusal(join(dir, 'missing.keras')), /^'model': m\.keras: cannot read it \(it does not exist, ENOENT\)$/);
  });

  it('refuses a config.json that would unpack past the limit (a zip bomb) without unpacking it', async () => {
    const bomb = archive('bomb.keras', { 'config.json': [new Uint8Array(MAX_CONFIG_BYTES + 1), { level: 1 }] });
    assert.equal(
      await refusal(bomb),
      `'model': m.keras: its config.json unpacks to more than 64 MiB (${MAX_CONFIG_BYTES + 1} bytes or more), far more than a model's; is this a .keras archive?`,
    );
  });
});
