/**
 * `sendbox scenarios validate FILE…`: checks scenario files exactly as start-up loads them (schema, the
 * checks at load, rules that can never apply against openapi.yaml) without starting a server, for a
 * pre-commit hook or CI. Prints `file:line:col: problem` per bad file; exit code 1 if any is bad.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { DEFAULT_DOCUMENT_PATH, loadContract } from '../contract/contract.js';
import { loadScenarioFile, ScenarioFileError } from './loader.js';

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

const STD: CommandOutput = {
  out: line => process.stdout.write(`${line}\n`),
  err: line => process.stderr.write(`${line}\n`),
};

/** Runs `sendbox scenarios …` with the arguments after `scenarios`; resolves to the exit code. */
export async function runScenariosCommand(args: string[], output: CommandOutput = STD): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('sendbox scenarios')
    .description('Work with scenario files')
    .exitOverride()
    .configureOutput({ writeOut: s => output.out(s.trimEnd()), writeErr: s => output.err(s.trimEnd()) });
  program
    .command('validate')
    .description('check scenario files (or folders of them) as start-up would, without starting a server')
    .argument('<files...>', 'scenario files (.yaml/.yml), or folders whose scenario files to check')
    .option('--document <path>', 'OpenAPI document the rules are checked against', DEFAULT_DOCUMENT_PATH)
    .action(async (files: string[], opts: { document: string }) => {
      code = await validateScenarioFiles(files, opts.document, output);
    });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    // commander has printed the usage problem (or the help, exit code 0).
    return (e as { exitCode?: number }).exitCode ?? 1;
  }
  return code;
}

export async function validateScenarioFiles(paths: string[], document: string, output: CommandOutput): Promise<number> {
  const contract = await loadContract(document);
  let bad = 0;
  for (const file of paths.flatMap(expand)) {
    try {
      const scenario = loadScenarioFile(file, contract.operations);
      output.out(`${file}: ok (scenario ${scenario.name}, ${scenario.rules.length} rule${scenario.rules.length === 1 ? '' : 's'})`);
    } catch (e) {
      if (!(e instanceof ScenarioFileError)) throw e;
      output.err(e.message);
      bad++;
    }
  }
  return bad > 0 ? 1 : 0;
}

/** A folder stands for its *.yaml / *.yml files; anything else is checked as a file (a missing one is reported). */
function expand(path: string): string[] {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return [path];
  }
  if (!folder) return [path];
  return readdirSync(path)
    .filter(f => /\.ya?ml$/.test(f))
    .sort()
    .map(f => join(path, f));
}
