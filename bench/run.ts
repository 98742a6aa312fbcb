/** `npm run bench`: prints figures; never asserts. BENCH_ONLY=validation|store|writes|hot-path|memory|import|http|persistence|fairness|startup|scale-out picks one part. */
import { runHttpBench } from './http.js';
import { runHotPathBench } from './hot-path.js';
import { runMemoryBench } from './memory.js';
import { runImportBench } from './import.js';
import { runPersistenceBench } from './persistence.js';
import { runStoreBench } from './store.js';
import { runSeedingBench } from './seeding.js';
import { runStartupBench } from './startup.js';
import { runValidationBench } from './validation.js';
import { runWritesBench } from './writes.js';
import { runScaleOutBench } from './scale-out.js';
import { runFairnessBench } from './fairness.js';

const only = process.env.BENCH_ONLY;
if (!only || only === 'validation') await runValidationBench();
if (!only || only === 'store') await runStoreBench();
if (!only || only === 'writes') await runWritesBench();
if (!only || only === 'startup') await runStartupBench();
if (!only || only === 'hot-path') await runHotPathBench();
if (!only || only === 'memory') await runMemoryBench();
if (!only || only === 'http') await runHttpBench();
if (!only || only === 'import') await runImportBench();
if (!only || only === 'persistence') await runPersistenceBench();
if (!only || only === 'fairness') await runFairnessBench();
if (only === 'seeding') await runSeedingBench();
if (!only || only === 'scale-out') await runScaleOutBench();
