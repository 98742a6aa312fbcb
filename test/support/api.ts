/**
 * Test harness: a sandbox in-process, and a supertest client whose every response is checked against
 * openapi.yaml before the test sees it.
 */
import supertest, { type Response, type Test } from 'supertest';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox.js';
import { contractChecker } from './contract-check.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface TestApi {
  sandbox: Sandbox;
  get(path: string): Test;
  post(path: string): Test;
  put(path: string): Test;
  patch(path: string): Test;
  delete(path: string): Test;
  /** A client presenting another key (or none, with `null`). */
  as(key: string | null): TestApi;
}

export const SUPERSEND_KEY = 'sandbox_key';
export const SECRET_KEY = 'sk_sandbox';

export async function createTestApi(options: SandboxOptions = {}): Promise<TestApi> {
  const sandbox = await createSandbox({ seed: 'test', ...options });
  return clientFor(sandbox, undefined);
}

function defaultKeyFor(path: string): string {
  return path.startsWith('/contacts') ? SECRET_KEY : SUPERSEND_KEY;
}

function clientFor(sandbox: Sandbox, key: string | null | undefined): TestApi {
  const agent = supertest(sandbox.app);
  const call = (method: Method) => (path: string) => {
    const test = agent[method](path);
    const presented = key === undefined ? defaultKeyFor(path) : key;
    if (presented) test.set('Authorization', `Bearer ${presented}`);
    return checked(test, method, path);
  };
  return {
    sandbox,
    get: call('get'),
    post: call('post'),
    put: call('put'),
    patch: call('patch'),
    delete: call('delete'),
    as: other => clientFor(sandbox, other),
  };
}

/** Wraps the test's promise so the response is checked against the contract before it resolves. */
function checked(test: Test, method: Method, path: string): Test {
  const then = test.then.bind(test);
  test.then = ((onFulfilled?: (res: Response) => unknown, onRejected?: (err: unknown) => unknown) =>
    then(async (res: Response) => {
      const check = await contractChecker();
      const problems = check(method, (test as unknown as { url: string }).url ?? path, res);
      if (problems.length) {
        throw new Error(`${method.toUpperCase()} ${path} → ${res.status} breaks openapi.yaml:\n  - ${problems.join('\n  - ')}`);
      }
      return res;
    }).then(onFulfilled, onRejected)) as Test['then'];
  return test;
}
