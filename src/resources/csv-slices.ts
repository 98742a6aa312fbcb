/**
 * CSV parsing that yields to the event loop: csv-parse's streaming parser is fed the file a chunk at a
 * time (each chunk parsed before the next is written), pausing between chunks once the slice has run its
 * time, so a 10 MB upload does not stall other clients. Records, options and error messages are
 * csv-parse's own, as with its sync API.
 */
import { parse, type Options } from 'csv-parse';
import type { TimeSlice } from '../workspace/slices.js';

/** Bytes handed to the parser at a time (a few ms of parsing at most). */
const CHUNK_BYTES = 32 * 1024;

export async function parseCsvInSlices<T>(input: Buffer, options: Options, slice: TimeSlice): Promise<T[]> {
  const records: T[] = [];
  const parser = parse(options);
  let failure: unknown;
  let ended = false;
  parser.on('data', (record: T) => records.push(record));
  // The parser ends by itself once `to` records are read, or fails: either way no more chunks.
  const finished = new Promise<void>(resolve => {
    parser.once('end', resolve);
    parser.once('close', resolve);
    parser.once('error', e => ((failure ??= e), resolve()));
  }).then(() => {
    ended = true;
  });
  for (let at = 0; at < input.length && !ended && !parser.writableEnded; at += CHUNK_BYTES) {
    const written = new Promise<void>(resolve => parser.write(input.subarray(at, at + CHUNK_BYTES), () => resolve()));
    await Promise.race([written, finished]);
    await slice.check();
  }
  if (!ended && !parser.writableEnded) parser.end();
  await finished;
  if (failure !== undefined) throw failure;
  return records;
}
