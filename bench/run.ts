/** `npm run bench`: prints figures; never asserts. BENCH_ONLY=http|validation picks one part. */
import { runHttpBench } from './http.js';
import { runValidationBench } from './validation.js';

const only = process.env.BENCH_ONLY;
if (!only || only === 'validation') await runValidationBench();
if (!only || only === 'http') await runHttpBench();
