/**
 * README's quick-start curl lines work when pasted: each is sent, with its key, path and query, to a
 * sandbox started with the CLI's defaults (data set `default`, random seed `sendbox`), and answers 200
 * with data. An id in them that the default data set no longer has fails here first.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { ROOT } from './support/cli.js';

const README = readFileSync(`${ROOT}README.md`, 'utf8');
const QUICK_START = README.slice(README.indexOf('## Quick start'), README.indexOf('### Keys'));
const CURLS = QUICK_START.split('\n').filter(line => line.startsWith('curl '));

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi({ seed: 'sendbox', dataSet: 'default' });
});

describe("README's quick start", () => {
  it('shows curl lines for the health check and each API family', () => {
    expect(CURLS.map(line => /4010(\/[^?'\s]*)/.exec(line)?.[1])).toEqual(['/v2/health', '/v2/teams', '/v2/contacts', '/contacts']);
  });

  it.each(CURLS)('%s', async line => {
    const key = /Authorization: Bearer (\w+)/.exec(line)?.[1] ?? null;
    const path = /http:\/\/127\.0\.0\.1:4010(\/[^'\s]*)/.exec(line)![1];
    const res = await api.as(key).get(path);
    expect(res.status).toBe(200);
    const data = (res.body as { data: unknown }).data;
    if (Array.isArray(data)) expect(data.length).toBeGreaterThan(0);
    else expect(data).toMatchObject({ status: 'ok' });
  });
});
