/** sendbox's version, read from package.json, in a module of its own so `--version` and `--help` load nothing else. */
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

// JSON.parse cannot know the shape; package.json always carries a version string.
const manifest = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };

export const SANDBOX_VERSION: string = manifest.version;
