/**
 * The user's own scenarios: rules that can never apply are refused at load naming the fix, more folders
 * add to the shipped ones (a bad file nothing selects only warns), files load directly, and a workspace
 * defines or removes its own scenarios at run time with PUT and DELETE /__sandbox/scenarios/{name}.
 */
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createSandbox } from '../../src/sandbox.js';
import { createLogger } from '../../src/log.js';
import { ScenarioFileError } from '../../src/scenarios/loader.js';
import { createTestApi, SUPERSEND_KEY } from '../support/api.js';
import { dedent, oneRule, scenarioFolder } from './support.js';

const CONTACT = { email: 'ada@example.com', TeamId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' };

/** The error createSandbox refuses a folder holding one file `name` with `text` with. */
async function refusal(name: string, text: string): Promise<ScenarioFileError> {
  const dir = scenarioFolder({ [name]: text });
  const error = await createSandbox({ seedData: false, scenarioDirectory: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScenarioFileError);
  return error as ScenarioFileError;
}

function warnings() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ format: 'json', destination, level: 'warn' }), messages: () => lines.map(l => String(JSON.parse(l).msg)) };
}

describe('a rule that can never apply', () => {
  it('is refused at load: a status the operations it matches do not declare, without undeclared: true', async () => {
    const error = await refusal('limits', oneRule('limits', 'match: {method: POST, path: /v2/contacts}\nrespond: {status: 429}'));
    expect(error.message).toBe(
      `${error.file}:6:23: rule "only" can never apply: status 429 is not declared for POST /v2/contacts (createContact) in openapi.yaml. ` +
        'Add "undeclared: true" to the respond to send it anyway (the answer is then outside the contract), or match operations that declare 429',
    );
    expect(error.file).toMatch(/limits\.yaml$/);
    expect(error.path).toEqual(['rules', 0, 'respond', 'status']);
  });

  it('is found in sequence steps and rate limits, and a match that fits no operation is refused too', async () => {
    const step = await refusal('steps', oneRule('steps', 'match: {operationId: createContact}\nsequence: [pass, 418]'));
    expect([step.line, step.column]).toEqual([6, 22]);
    expect(step.problem).toMatch(/^rule "only" can never apply: status 418 is not declared for POST \/v2\/contacts \(createContact\)/);
    const limit = await refusal('limit', oneRule('limit', 'match: {operationId: createContact}\nrate_limit: {per_second: 1, respond: {status: 402}}'));
    expect(limit.path).toEqual(['rules', 0, 'rate_limit', 'respond', 'status']);
    const nowhere = await refusal('nowhere', oneRule('nowhere', 'match: {method: DELETE, path: /v2/teams}\ndelay: 10'));
    expect(nowhere.problem).toBe('rule "only" can never apply: its match fits no operation of openapi.yaml (method, path, operationId and family together)');
    expect(nowhere.path).toEqual(['rules', 0, 'match']);
  });

  it('loads when some matched operation declares the status, or with undeclared: true, and then applies', async () => {
    const dir = scenarioFolder({
      forced: oneRule('forced', 'match: {method: POST, path: /v2/contacts}\nrespond: {status: 429, undeclared: true}'),
      some: oneRule('some', 'respond: {status: 402}'),
    });
    const sandbox = await createSandbox({ seedData: false, scenarioDirectory: dir, scenarios: ['forced'] });
    // Raw supertest: the answer is outside the contract on purpose.
    const res = await supertest(sandbox.app).post('/v2/contacts').set('Authorization', `Bearer ${SUPERSEND_KEY}`).send(CONTACT);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limit_exceeded');
  });
});

describe('--scenario-dir and --scenario FILE', () => {
  it('adds the folders to the shipped scenarios; a bad file nothing selects is left out with a warning', async () => {
    const mine = scenarioFolder({
      mine: oneRule('mine', 'match: {operationId: listTeams}\nrespond: {status: 500}'),
      broken: 'name: broken\ndescription: x\nrules: []\n',
    });
    const log = warnings();
    const api = await createTestApi({ seedData: false, scenarioDirectories: [mine], logger: log.logger });
    const names = ((await api.get('/__sandbox/scenarios')).body.data as { name: string; origin: string }[]).map(s => s.name);
    expect(names).toContain('demo');
    expect(names).toContain('mine');
    expect(names).not.toContain('broken');
    expect(log.messages()).toEqual([`${join(mine, 'broken.yaml')}:3:8: rules must NOT have fewer than 1 items (file left out; nothing selects it)`]);
    expect((await api.get('/v2/teams').set('X-Sandbox-Scenario', 'mine')).status).toBe(500);
  });

  it('stops start-up when the bad file is selected, or defines a name the shipped folder has', async () => {
    const broken = scenarioFolder({ broken: 'name: broken\ndescription: x\nrules: []\n' });
    await expect(createSandbox({ seedData: false, scenarioDirectories: [broken], scenarios: ['broken'] })).rejects.toThrow(/broken\.yaml:3:8: rules must NOT have fewer than 1 items/);
    const twin = scenarioFolder({ demo: oneRule('demo', 'delay: 1') });
    await expect(createSandbox({ seedData: false, scenarioDirectories: [twin], scenarios: ['demo'] })).rejects.toThrow(/demo\.yaml:1:1: scenario "demo" is already defined in scenarios\/demo\.yaml/);
  });

  it('loads a file directly, active in every workspace from the start', async () => {
    const file = join(scenarioFolder({ teams500: oneRule('teams500', 'match: {operationId: listTeams}\nrespond: {status: 500}') }), 'teams500.yaml');
    const api = await createTestApi({ seedData: false, scenarioFiles: [file] });
    expect((await api.get('/v2/teams')).status).toBe(500);
    expect((await api.as('test_other').get('/v2/teams')).status).toBe(500);
    const listed = ((await api.get('/__sandbox/scenarios')).body.data as { name: string; active: boolean }[]).find(s => s.name === 'teams500');
    expect(listed).toMatchObject({ active: true, origin: 'file' });
  });
});

const TEAMS_500 = dedent(`
  name: teams-down
  description: Listing teams fails.
  rules:
    - name: down
      match: { operationId: listTeams }
      respond: { status: 500, message: down for maintenance }
`);

describe('PUT and DELETE /__sandbox/scenarios/{name}', () => {
  it('defines a scenario from YAML for this workspace only; activated, it answers', async () => {
    const api = await createTestApi({ seedData: false });
    const put = await api.put('/__sandbox/scenarios/teams-down').set('Content-Type', 'application/yaml').send(TEAMS_500);
    expect(put.status).toBe(200);
    expect(put.body.data).toEqual({ name: 'teams-down', description: 'Listing teams fails.', active: false, matched: 0, applied: 0, rules: [{ name: 'down', matched: 0, applied: 0 }], origin: 'workspace' });
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect((await api.post('/__sandbox/scenarios/teams-down/activate')).body.data.active).toBe(true);
    const down = await api.get('/v2/teams');
    expect(down.status).toBe(500);
    expect(down.body.error.message).toBe('down for maintenance');
    // Another workspace knows nothing of it.
    const other = api.as('test_put_other');
    expect((await other.get('/v2/teams')).status).toBe(200);
    const unknown = await other.get('/v2/teams').set('X-Sandbox-Scenario', 'teams-down');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknown_scenario');
    expect((await other.post('/__sandbox/scenarios/teams-down/activate')).status).toBe(404);
  });

  it('takes JSON (the name may be left to the path), and replacing a scenario starts it afresh and keeps it active', async () => {
    const api = await createTestApi({ seedData: false });
    const rules = (status: number) => ({ description: 'Listing teams fails.', rules: [{ name: 'down', match: { operationId: 'listTeams' }, respond: { status } }] });
    expect((await api.put('/__sandbox/scenarios/teams-down').send(rules(500))).status).toBe(200);
    await api.post('/__sandbox/scenarios/teams-down/activate');
    expect((await api.get('/v2/teams')).status).toBe(500);
    const replaced = await api.put('/__sandbox/scenarios/teams-down').send({ name: 'teams-down', ...rules(401) });
    expect(replaced.body.data).toMatchObject({ name: 'teams-down', active: true, matched: 0, applied: 0 });
    expect((await api.get('/v2/teams')).status).toBe(401);
  });

  it('refuses a bad scenario with 400 invalid_scenario naming line, column and field; nothing changes', async () => {
    const api = await createTestApi({ seedData: false });
    const never = dedent(`
      name: contacts-limited
      description: Contact creation is rate limited.
      rules:
        - match: { method: POST, path: /v2/contacts }
          respond: { status: 429 }
    `);
    const res = await api.put('/__sandbox/scenarios/contacts-limited').set('Content-Type', 'application/yaml').send(never);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_scenario', param: 'body', line: 5, column: 24, path: 'rules.0.respond.status' });
    expect(res.body.error.message).toMatch(/^body:5:24: rule "rule-1" can never apply: status 429 is not declared for POST \/v2\/contacts \(createContact\) in openapi\.yaml\. Add "undeclared: true"/);

    const typo = await api.put('/__sandbox/scenarios/x').set('Content-Type', 'text/yaml').send('name: x\ndescription: d\nrules:\n  - respnd: {status: 500}\n');
    expect(typo.body.error).toMatchObject({ code: 'invalid_scenario', message: 'body:4:5: unknown field "respnd" in rules.0', line: 4, column: 5, path: 'rules.0' });
    const syntax = await api.put('/__sandbox/scenarios/x').set('Content-Type', 'application/yaml').send('name: x\ndescription: [d\n');
    expect(syntax.body.error.code).toBe('invalid_scenario');
    expect(syntax.body.error.message).toMatch(/^body:\d+:\d+: YAML syntax: /);
    const misnamed = await api.put('/__sandbox/scenarios/other-name').set('Content-Type', 'application/yaml').send(TEAMS_500);
    expect(misnamed.body.error).toMatchObject({ message: 'body:1:7: name "teams-down" must equal the name in the path "other-name"', path: 'name' });
    const json = await api.put('/__sandbox/scenarios/x').send({ name: 'x', description: 'd', rules: [{ respond: { status: 'soon' } }] });
    expect(json.body.error).toMatchObject({ code: 'invalid_scenario', path: 'rules.0.respond.status' });

    const names = ((await api.get('/__sandbox/scenarios')).body.data as { name: string }[]).map(s => s.name);
    expect(names).not.toContain('contacts-limited');
    expect(names).not.toContain('x');
  });

  it('refuses YAML aliases that expand too far or name no anchor with 400 invalid_scenario at the alias', async () => {
    const api = await createTestApi({ seedData: false });
    // "Billion laughs": each level repeats the one before nine times.
    const levels = ['a0: &a0 "lol"', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)];
    const bomb = await api.put('/__sandbox/scenarios/x').set('Content-Type', 'application/yaml').send(`${levels.join('\n')}\ndescription: d\nrules: *a9\n`);
    expect(bomb.status).toBe(400);
    expect(bomb.body.error).toMatchObject({ code: 'invalid_scenario', line: 2, column: 10, message: 'body:2:10: YAML aliases: Excessive alias count indicates a resource exhaustion attack' });
    const unknown = await api.put('/__sandbox/scenarios/x').set('Content-Type', 'application/yaml').send('name: x\ndescription: d\nrules:\n  - <<: *missing\n');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'invalid_scenario', line: 4, column: 9 });
    expect(unknown.body.error.message).toMatch(/^body:4:9: YAML aliases: Unresolved alias .*missing/);
    const names = ((await api.get('/__sandbox/scenarios')).body.data as { name: string }[]).map(s => s.name);
    expect(names).not.toContain('x');
  });

  it('refuses YAML nested thousands deep with 400 invalid_scenario saying so, at the place the reader gave up', async () => {
    const api = await createTestApi({ seedData: false });
    const deep = await api.put('/__sandbox/scenarios/x').set('Content-Type', 'application/yaml').send(`name: x\ndescription: d\nrules:\n  - respond: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(deep.status).toBe(400);
    expect(deep.body.error).toMatchObject({ code: 'invalid_scenario', line: 4, message: expect.stringMatching(/^body:4:\d+: YAML nested too deeply to read$/) });
  });

  it('DELETE removes what the workspace defined; a file scenario it replaced applies again', async () => {
    const api = await createTestApi({ seedData: false });
    const mine = TEAMS_500.replace('name: teams-down', 'name: expired-api-key');
    expect((await api.put('/__sandbox/scenarios/expired-api-key').set('Content-Type', 'application/yaml').send(mine)).body.data.origin).toBe('workspace');
    await api.post('/__sandbox/scenarios/expired-api-key/activate');
    expect((await api.get('/v2/teams')).status).toBe(500);
    const removed = await api.delete('/__sandbox/scenarios/expired-api-key');
    expect(removed.status).toBe(200);
    expect(removed.body.message).toBe('Scenario expired-api-key removed from this workspace');
    // The shipped expired-api-key, still active: 401.
    expect((await api.get('/v2/teams')).status).toBe(401);
    const again = await api.delete('/__sandbox/scenarios/expired-api-key');
    expect(again.status).toBe(404);
    expect(again.body.error).toMatchObject({ code: 'scenario_not_found', message: 'This workspace defined no scenario named "expired-api-key" with PUT (scenarios from files cannot be removed; defined here: none)' });

    await api.put('/__sandbox/scenarios/teams-down').set('Content-Type', 'application/yaml').send(TEAMS_500);
    await api.post('/__sandbox/scenarios/teams-down/activate');
    expect((await api.delete('/__sandbox/scenarios/teams-down')).status).toBe(200);
    const list = (await api.get('/__sandbox/scenarios')).body.data as { name: string; active: boolean }[];
    expect(list.map(s => s.name)).not.toContain('teams-down');
    expect((await api.post('/__sandbox/scenarios/expired-api-key/deactivate')).status).toBe(200);
    expect((await api.get('/v2/teams')).status).toBe(200);
  });

  it('a workspace defines at most 100 scenarios', async () => {
    const api = await createTestApi({ seedData: false });
    for (let i = 0; i < 100; i++) {
      const res = await api.put(`/__sandbox/scenarios/s${i}`).set('Content-Type', 'application/yaml').send(oneRule(`s${i}`, 'delay: 1'));
      expect(res.status).toBe(200);
    }
    const over = await api.put('/__sandbox/scenarios/s100').set('Content-Type', 'application/yaml').send(oneRule('s100', 'delay: 1'));
    expect(over.status).toBe(400);
    expect(over.body.error.code).toBe('too_many_scenarios');
    expect((await api.put('/__sandbox/scenarios/s99').set('Content-Type', 'application/yaml').send(oneRule('s99', 'delay: 2'))).status).toBe(200);
  });
});
