// One programme PDF in a fresh process, as the first export after the app starts: the fonts are
// read and their shaping tables built then. Started by programme-pdf.bench.ts; prints milliseconds.
import { createBackend } from '../../electron/backend/backend';
import { call } from './seed';

const [dataDir, meetingId] = process.argv.slice(2);
if (!dataDir || !meetingId) throw new Error('Run by programme-pdf.bench.ts.');
const backend = createBackend({ dataDir, log: () => {} });
const start = process.hrtime.bigint();
await call(backend, 'agenda.exportProgramme', { meetingId: Number(meetingId), format: 'pdf' });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
backend.close();
console.log(JSON.stringify({ ms }));
