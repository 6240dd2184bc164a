// The whole test suite, as `npm test` and CI run it: type-check, lint and format, unit and backend
// tests (vitest, real SQLite files), then end-to-end tests in Chromium. Ends with one line
// "N passed, N failed" over all suites.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-test-'));
const results = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, command, args) {
  const ok = run(name, command, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('type-check (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
check('type-check (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);

const vitestJson = path.join(tmp, 'vitest.json');
const vitestOk = run('unit and backend tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const v = readJson(vitestJson);
results.push({
  name: 'vitest',
  passed: v?.numPassedTests ?? 0,
  failed: v ? v.numFailedTests + (vitestOk || v.numFailedTests ? 0 : 1) : 1,
  skipped: (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0),
});

const e2eJson = path.join(tmp, 'e2e.json');
const e2eOk = run('end-to-end tests', 'node', ['scripts/e2e.mjs'], { PLENARY_E2E_JSON: e2eJson });
const e = readJson(e2eJson)?.stats;
results.push({
  name: 'e2e',
  passed: (e?.expected ?? 0) + (e?.flaky ?? 0),
  failed: e ? e.unexpected + (e2eOk || e.unexpected ? 0 : 1) : 1,
  skipped: e?.skipped ?? 0,
});

fs.rmSync(tmp, { recursive: true, force: true });
console.log('\nSummary');
for (const r of results)
  console.log(
    `  ${r.name.padEnd(24)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`,
  );
const total = (k) => results.reduce((sum, r) => sum + r[k], 0);
console.log(`${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(total('failed') > 0 ? 1 : 0);
