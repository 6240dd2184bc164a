// One badges PDF in a fresh process, as the first print after the app starts: the fonts and the
// flags are read then. Started by badges-pdf.bench.ts; prints milliseconds.
import { createBackend } from '../../electron/backend/backend';
import { call } from './seed';

const [dataDir, meetingId] = process.argv.slice(2);
if (!dataDir || !meetingId) throw new Error('Run by badges-pdf.bench.ts.');
const backend = createBackend({ dataDir, log: () => {} });
const start = process.hrtime.bigint();
await call(backend, 'attendance.badges', {
  meetingId: Number(meetingId),
  layout: 'a4x4',
  fields: ['position', 'region', 'dietary', 'accessibility'],
});
const ms = Number(process.hrtime.bigint() - start) / 1e6;
backend.close();
console.log(JSON.stringify({ ms }));
