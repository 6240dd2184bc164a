import Papa from 'papaparse';
import { DELIMITERS, type Delimiter } from '../../../shared/domain/imports';
import { cancelledError, type JobControl } from './job';

const SAMPLE_CHARS = 64 * 1024;
const CHUNK_CHARS = 512 * 1024;

/** Field counts of the first rows with the given delimiter; blank lines left out. */
function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  const { data } = Papa.parse<string[]>(sample, { delimiter, preview: 30 });
  return data.filter((r) => r.some((c) => c.trim() !== '')).map((r) => r.length);
}

/**
 * papaparse's guess, checked: the delimiter must split the header into several columns and give the
 * first rows the header's width. When the guess fails that, the candidate that passes best wins.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  const guess = Papa.parse<string[]>(sample, {
    preview: 30,
    delimitersToGuess: [...DELIMITERS],
  }).meta.delimiter;
  const quality = (d: Delimiter) => {
    const counts = fieldCounts(sample, d);
    const width = counts[0] ?? 0;
    if (width < 2) return 0;
    const consistent = counts.filter((c) => c === width).length / counts.length;
    return consistent * 1000 + width;
  };
  const guessed = (DELIMITERS as readonly string[]).includes(guess) ? (guess as Delimiter) : null;
  if (guessed && quality(guessed) >= 1000) return guessed;
  const best = [...DELIMITERS].sort((a, b) => quality(b) - quality(a))[0] ?? ',';
  return quality(best) > 0 ? best : (guessed ?? ',');
}

/**
 * Parses the text in chunks, yielding to the event loop between them so progress events go out and
 * a cancel is heard. Rows come back as arrays of strings, exactly as typed (nothing is evaluated).
 */
export function parseCsv(raw: string, delimiter: Delimiter, job: JobControl): Promise<string[][]> {
  // papaparse takes the line ending of the first line for the whole file; hand-edited files mix them.
  const text = raw.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  return new Promise((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(text, {
      delimiter,
      newline: '\n',
      chunkSize: CHUNK_CHARS,
      chunk(result: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const row of result.data) rows.push(row);
        job.progress('read', Math.min(result.meta.cursor, text.length), text.length);
        parser.pause();
        job.checkpoint().then(
          () => parser.resume(),
          (error: unknown) => {
            failed = true;
            parser.abort();
            reject(error instanceof Error ? error : cancelledError());
          },
        );
      },
      complete() {
        if (!failed) resolve(rows);
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}
