import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronNativeBindingPath,
  nativeBindingAdvice,
} from '../../../electron/main/native-binding';

describe('electronNativeBindingPath', () => {
  it('is native/electron/better_sqlite3.node under the app, apart from the Node build', () => {
    const root = path.resolve('/opt/plenary');
    const binding = electronNativeBindingPath(root);
    expect(binding).toBe(path.join(root, 'native', 'electron', 'better_sqlite3.node'));
    expect(binding).not.toContain('node_modules');
  });
});

describe('nativeBindingAdvice', () => {
  const binding = '/opt/plenary/native/electron/better_sqlite3.node';

  it('when the build is missing, says so, names the file and how to get it or run in a browser', () => {
    const advice = nativeBindingAdvice(binding, false);
    expect(advice).toContain(binding);
    expect(advice).toMatch(/not been built/);
    expect(advice).toContain('npm start');
    expect(advice).toContain('npm run web');
  });

  it('when the build exists but does not load, says to rebuild it or run in a browser', () => {
    const advice = nativeBindingAdvice(binding, true);
    expect(advice).toContain(binding);
    expect(advice).toMatch(/could not be loaded/);
    expect(advice).toContain('npm run build:electron-native');
    expect(advice).toContain('npm run web');
  });
});
