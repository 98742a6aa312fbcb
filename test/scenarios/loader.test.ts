/**
 * Scenario files: every shipped file loads and names only documented operations; a bad file stops
 * start-up with an error naming the file, the line and the problem.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSandbox, DEFAULT_SCENARIO_DIRECTORY } from '../../src/sandbox.js';
import { createScenarioEngine } from '../../src/scenarios/engine.js';
import { loadScenarioDirectory, ScenarioFileError } from '../../src/scenarios/loader.js';
import { loadContract } from '../../src/contract/contract.js';
import { dedent, scenarioFolder } from './support.js';

const SHIPPED = readdirSync(DEFAULT_SCENARIO_DIRECTORY)
  .filter(f => f.endsWith('.yaml'))
  .map(f => f.replace(/\.yaml$/, ''))
  .sort();

/** The error createScenarioEngine throws for a folder holding one file `name` with `text`. */
function loadError(name: string, text: string): ScenarioFileError {
  const dir = scenarioFolder({ [name]: dedent(text) });
  try {
    createScenarioEngine({ directory: dir, active: [], seed: 'test' });
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioFileError);
    const error = e as ScenarioFileError;
    expect(error.message).toContain(join(dir, `${name}.yaml`).split('/').pop());
    expect(error.message).toMatch(new RegExp(`${name}\\.yaml:${error.line}:${error.column}: `));
    return error;
  }
  throw new Error('the file loaded');
}

describe('the shipped scenario files', () => {
  it('are at least twelve, and each loads with its name equal to its file name', () => {
    const scenarios = loadScenarioDirectory(DEFAULT_SCENARIO_DIRECTORY);
    expect(scenarios.map(s => s.name).sort()).toEqual(SHIPPED);
    expect(SHIPPED.length).toBeGreaterThanOrEqual(12);
    for (const name of [
      'v2-infra-rate-limit', 'v1-rate-limits', 'server-errors', 'fail-then-succeed', 'slow-network', 'timeouts',
      'bulk-import-fails-midway', 'offset-pagination-drift', 'cursor-expiry', 'empty-page-has-more', 'expired-api-key', 'demo',
    ]) {
      expect(SHIPPED).toContain(name);
    }
    for (const s of scenarios) expect(s.description.length).toBeGreaterThan(40);
  });

  it('name only operationIds and paths that openapi.yaml documents', async () => {
    const contract = await loadContract();
    const paths = new Set(contract.operations.map(op => op.path));
    for (const scenario of loadScenarioDirectory(DEFAULT_SCENARIO_DIRECTORY)) {
      for (const rule of scenario.rules) {
        for (const id of rule.match.operationIds) expect(contract.byId.has(id), `${rule.id}: ${id}`).toBe(true);
        for (const path of rule.match.paths) expect(paths.has(path), `${rule.id}: ${path}`).toBe(true);
      }
    }
  });

  it('are each documented in README with a section of their own', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(DEFAULT_SCENARIO_DIRECTORY, '..', 'README.md'), 'utf8');
    for (const name of SHIPPED) expect(readme, name).toContain(`#### \`${name}\``);
  });
});

describe('a bad scenario file', () => {
  it('with broken YAML names the file, the line and the problem', () => {
    const error = loadError('broken', `
      name: broken
      description: a broken file
      rules:
        - respond: {status: 500
    `);
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.problem).toMatch(/^YAML syntax: /);
  });

  it('with a value out of range points at the value', () => {
    const error = loadError('odds', `
      name: odds
      description: probability above one
      rules:
        - name: flaky
          when:
            probability: 1.5
          respond:
            status: 500
    `);
    expect(error.line).toBe(6);
    expect(error.column).toBe(20);
    expect(error.problem).toBe('rules.0.when.probability must be <= 1');
  });

  it('with an unknown field points at the field', () => {
    const error = loadError('typo', `
      name: typo
      description: a misspelt effect
      rules:
        - name: one
          respond:
            status: 500
        - name: two
          respnd:
            status: 503
    `);
    expect(error.line).toBe(8);
    expect(error.problem).toBe('unknown field "respnd" in rules.1');
  });

  it('with an unknown fault kind lists the kinds', () => {
    const error = loadError('faulty', `
      name: faulty
      description: unknown fault
      rules:
        - fault:
            kind: explode
    `);
    expect(error.line).toBe(5);
    expect(error.problem).toContain('"connection_reset"');
  });

  it('whose name differs from its file name, or lacks a field, or has a rule without effect', () => {
    expect(loadError('mine', 'name: yours\ndescription: wrong name\nrules:\n  - respond: {status: 500}\n').problem).toBe(
      'name "yours" must equal the file name "mine"',
    );
    const missing = loadError('nodesc', 'name: nodesc\nrules:\n  - respond: {status: 500}\n');
    expect(missing.line).toBe(1);
    expect(missing.problem).toBe('the file is missing the required field "description"');
    const idle = loadError('idle', 'name: idle\ndescription: does nothing\nrules:\n  - name: nothing\n    match: {method: GET}\n');
    expect(idle.line).toBe(4);
    expect(idle.problem).toContain('has no effect');
  });

  it('with contradictory effects says which', () => {
    const both = loadError('both', `
      name: both
      description: answer and cut
      rules:
        - respond: {status: 500}
          fault: hang
    `);
    expect(both.line).toBe(5);
    expect(both.problem).toContain('respond and fault exclude each other');
    const seq = loadError('seq', `
      name: seq
      description: sequence and effect
      rules:
        - sequence: [503, pass]
          delay: 10
    `);
    expect(seq.line).toBe(5);
    expect(seq.problem).toContain('sequence');
    const step = loadError('step', `
      name: step
      description: bad step
      rules:
        - sequence:
            - 503
            - 700
    `);
    expect(step.line).toBe(6);
    expect(step.problem).toBe('rules.0.sequence.1 must be <= 599');
  });

  it('stops createSandbox, and so start-up', async () => {
    const dir = scenarioFolder({ bad: 'name: bad\ndescription: x\nrules: []\n' });
    await expect(createSandbox({ scenarioDirectory: dir })).rejects.toThrow(/bad\.yaml:3:8: rules must NOT have fewer than 1 items/);
  });

  it('names an unknown --scenario and stops start-up', async () => {
    await expect(createSandbox({ scenarios: ['no-such-thing'] })).rejects.toThrow(/--scenario no-such-thing: no such scenario/);
  });
});
