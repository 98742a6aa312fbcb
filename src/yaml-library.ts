/**
 * The YAML library, loaded on first use: a start reads the shipped documents and scenarios from the build's
 * caches, so most starts never need it (its modules take about 70 ms to load).
 */
import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

export function yamlLibrary(): YamlLibrary {
  // require() is typed `any`; the package is the one `typeof import('yaml')` describes (its CommonJS entry).
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}
