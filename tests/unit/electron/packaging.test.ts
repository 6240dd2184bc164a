import path from 'node:path';
import { fileURLToPath } from 'node:url';
// electron-builder's own loader and schema check (its app-builder-lib and builder-util come with it).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES } from '../../../electron-builder';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the packaging configuration', () => {
  it('flips the fuses that keep a packaged Plenary from being run or inspected as plain Node', () => {
    expect(ELECTRON_FUSES).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is the configuration electron-builder finds, valid against its schema', async () => {
    const config = await getConfig(root, null, null);
    expect(config.electronFuses).toEqual(ELECTRON_FUSES);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(JSON.stringify(config.files)).toContain('"out/**/*"');
    expect(JSON.stringify(config.files)).toContain('"native/electron/**/*"');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 60_000);

  it('would be refused by that check if a fuse were misspelt, so the check above can fail', async () => {
    const config = await getConfig(root, null, null);
    const misspelt = { ...config, electronFuses: { runAsNod: false } } as unknown as typeof config;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    );
  }, 60_000);
});
