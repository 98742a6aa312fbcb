/**
 * The console and the API reference in a real browser: Debian's Chromium driven by playwright-core,
 * against the compiled `sendbox` command on port 0, reached through the URLs its start-up banner prints.
 * Each test opens its own `test_…` workspace through the page's key. Every wait is for something on the
 * page (locator waits), never for a time.
 *
 * Without a `chromium` binary (`.ci/run` installs Debian's package when it is missing) these tests are
 * skipped with a message saying so.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startCli } from '../support/cli.js';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const WAIT = { timeout: 30_000 };
/** Swagger UI resolves the 380 KB API document in the page: seconds on an idle machine, far more on a busy one. */
const DOCS_WAIT = { timeout: 120_000 };

function chromiumPath(): string | undefined {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = chromiumPath();
if (!executablePath) {
  process.stderr.write('\nSKIPPED browser tests: `which chromium` found no chromium (install Debian\'s package: apt-get install chromium)\n\n');
}

describe.skipIf(!executablePath)('console and API reference in Chromium', () => {
  let cli: ReturnType<typeof startCli>;
  let banner: { console: string; docs: string; base: string };
  let context: BrowserContext;
  let profile: string;
  /** Requests the pages made to any host but the sandbox's. */
  const elsewhere: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    cli = startCli(['--port', '0']);
    const base = await cli.url;
    banner = { base, console: bannerUrl(cli.output(), 'console'), docs: bannerUrl(cli.output(), 'docs') };
    profile = mkdtempSync(join(tmpdir(), 'sendbox-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context.on('request', r => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    cli?.child.kill('SIGTERM');
    await cli?.exited;
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** The console of a fresh workspace, its journal stream connected. */
  async function openConsole(workspace: string, size = { width: 1280, height: 800 }): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', e => pageErrors.push(e.message));
    await page.setViewportSize(size);
    await page.goto(`${banner.console}#key=test_${workspace}`);
    await page.locator('#live[data-state=live]').waitFor(WAIT);
    return page;
  }

  /** A call from the page, as an app in the browser would make it; answers status, request id and body. */
  function fetchFrom(page: Page, method: string, path: string, key: string, body?: unknown): Promise<Answer> {
    return page.evaluate(
      async ({ method, path, key, body }) => {
        const res = await fetch(path, {
          method,
          headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        // JSON as the sandbox answered it; the assertions below check the parts they read.
        const json = (await res.json()) as Answer['body'];
        return { status: res.status, requestId: res.headers.get('X-Request-Id') ?? '', body: json };
      },
      { method, path, key, body },
    );
  }

  it('prints the console and docs addresses in its start-up banner', () => {
    expect(banner.console).toBe(`${banner.base}/__sandbox/console`);
    expect(banner.docs).toBe(`${banner.base}/__sandbox/docs`);
  });

  it('shows a request made with fetch live in the journal, and opens it into request and response', async () => {
    const page = await openConsole('journal');
    const sent = await fetchFrom(page, 'GET', '/v2/contacts?limit=5', 'test_journal');
    expect(sent.status).toBe(400);
    const row = page.locator('#journal-rows tr.row', { hasText: sent.requestId });
    await row.waitFor(WAIT);
    expect(await row.getAttribute('data-status')).toBe('400');
    expect(await row.locator('td').nth(2).textContent()).toBe('/v2/contacts');
    await row.click();
    const detail = page.locator('#journal-rows tr.detail');
    await detail.locator('.violations li', { hasText: 'TeamId' }).waitFor(WAIT);
    expect(await detail.locator('.response pre').last().textContent()).toContain('"code": "missing_required_parameter"');
    expect(await detail.locator('.request pre').first().textContent()).toContain('GET /v2/contacts?limit=5');
    // Another workspace's request never shows here.
    const other = await fetchFrom(page, 'GET', '/v2/health', 'test_someone_else');
    const mine = await fetchFrom(page, 'GET', '/v2/health', 'test_journal');
    await page.locator('#journal-rows tr.row', { hasText: mine.requestId }).waitFor(WAIT);
    expect(await page.locator('#journal-rows tr.row', { hasText: other.requestId }).count()).toBe(0);
    await page.close();
  });

  it('moves an upload to completed on screen when the clock is advanced', async () => {
    const page = await openConsole('upload');
    await page.getByRole('button', { name: 'Freeze' }).click();
    await page.locator('#clock-state', { hasText: 'frozen' }).waitFor(WAIT);
    const teams = await fetchFrom(page, 'GET', '/v2/teams', 'test_upload');
    const team = teams.body.data[0].id;
    const campaigns = await fetchFrom(page, 'GET', `/v2/campaigns?TeamId=${team}`, 'test_upload');
    const upload = await fetchFrom(page, 'POST', '/v2/contacts/bulk', 'test_upload', {
      TeamId: team,
      CampaignId: campaigns.body.data[0].id,
      contacts: [{ email: 'ada@browser.test', first_name: 'Ada' }, { email: 'grace@browser.test' }],
    });
    expect(upload.status).toBe(202);
    const id: string = upload.body.data.upload_id;
    await page.getByRole('tab', { name: 'Uploads & jobs' }).click();
    const row = page.locator('#state-table tbody tr', { hasText: id });
    await row.locator('[data-upload-status=pending]').waitFor(WAIT);
    await page.getByRole('button', { name: '+1 h' }).click();
    await row.locator('[data-upload-status=completed]').waitFor(WAIT);
    expect(await row.textContent()).toContain('2/2');
    // The contacts it created are in the state browser too.
    await page.getByRole('tab', { name: 'Contacts', exact: true }).click();
    await page.locator('#state-table tbody tr', { hasText: 'ada@browser.test' }).waitFor(WAIT);
    await page.close();
  });

  it('toggles a scenario, and the next answer changes', async () => {
    const page = await openConsole('scenario');
    expect((await fetchFrom(page, 'GET', '/v2/teams', 'test_scenario')).status).toBe(200);
    const item = page.locator('#scenarios li[data-scenario=expired-api-key]');
    await item.getByRole('button', { name: 'off' }).click();
    await item.locator('button[aria-pressed=true]').waitFor(WAIT);
    const refused = await fetchFrom(page, 'GET', '/v2/teams', 'test_scenario');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('invalid_api_key');
    const row = page.locator('#journal-rows tr.row', { hasText: refused.requestId });
    await row.locator('.badge', { hasText: 'expired-api-key' }).waitFor(WAIT);
    await item.locator('.counts', { hasText: '1 / 1' }).waitFor(WAIT);
    await item.getByRole('button', { name: 'on' }).click();
    await item.locator('button[aria-pressed=false]').waitFor(WAIT);
    expect((await fetchFrom(page, 'GET', '/v2/teams', 'test_scenario')).status).toBe(200);
    await page.close();
  });

  it('makes a reply happen on an enrollment: its flag, interest and campaign counters move on screen, and the reply is an event', async () => {
    const page = await openConsole('engage');
    const teams = await fetchFrom(page, 'GET', '/v2/teams', 'test_engage');
    // The team the console shows first: the default one.
    const team = (teams.body.data.find(t => t.is_default) ?? teams.body.data[0]).id;
    const campaign = await fetchFrom(page, 'POST', '/v2/campaigns', 'test_engage', { TeamId: team, name: 'Browser demo' });
    expect(campaign.status).toBe(201);
    const contact = await fetchFrom(page, 'POST', '/v2/contacts', 'test_engage', { TeamId: team, CampaignId: campaign.body.data.id, email: 'lin@browser.test', first_name: 'Lin' });
    expect(contact.status).toBe(201);

    await page.getByRole('tab', { name: 'Contacts', exact: true }).click();
    const row = page.locator('#state-table tbody tr.row', { hasText: 'lin@browser.test' });
    await row.waitFor(WAIT);
    expect(await row.locator('.badge', { hasText: 'replied' }).count()).toBe(0);
    await row.getByRole('button', { name: 'engage…' }).click();
    const bar = page.locator('#state-table .engage');
    await bar.locator('.campaign-line', { hasText: 'Browser demo: 1 contact · 0 replied' }).waitFor(WAIT);
    await bar.getByLabel('Reply category').selectOption('interested');
    await bar.getByRole('button', { name: 'reply', exact: true }).click();

    // The tab reloads with the contact's detail still open: the flag, the interest and the counters moved.
    await row.locator('.badge', { hasText: 'replied' }).waitFor(WAIT);
    await bar.locator('.campaign-line', { hasText: 'Browser demo: 1 contact · 1 replied · 1 opened' }).waitFor(WAIT);
    expect(await row.locator('td').nth(5).textContent()).toBe('interested');
    expect(await page.locator('#message').textContent()).toBe('reply (interested) from lin@browser.test: done, a reply event was logged');
    await page.screenshot({ path: join(ARTIFACTS, 'console-engage-1280x800.png'), animations: 'disabled' });

    await page.getByRole('tab', { name: 'Campaigns' }).click();
    const campaignRow = page.locator('#state-table tbody tr.row', { hasText: 'Browser demo' });
    await campaignRow.locator('td', { hasText: '1 replied · 1 opened · 0 bounced · 0 opted out' }).waitFor(WAIT);
    expect(await campaignRow.textContent()).toContain('1 total · 0 not started · 0 in progress · 1 finished');
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.locator('#state-table tbody tr.row', { hasText: contact.body.data.id }).filter({ hasText: 'reply' }).waitFor(WAIT);
    // The reply landed in the inbox: the contact's email conversation, one unread message.
    await page.getByRole('tab', { name: 'Inbox' }).click();
    const thread = page.locator('#state-table tbody tr.row', { hasText: 'Lin' });
    await thread.waitFor(WAIT);
    expect(await thread.locator('td').nth(2).textContent()).toBe('1');
    await page.close();
  });

  it('works at 1280×800 and on a narrow window, and writes screenshots', async () => {
    const page = await openConsole('screenshot');
    const teams = await fetchFrom(page, 'GET', '/v2/teams', 'test_screenshot');
    const team = teams.body.data[0].id;
    await fetchFrom(page, 'GET', '/v2/contacts', 'test_screenshot');
    await fetchFrom(page, 'POST', '/v2/labels', 'test_screenshot', { name: 'Demo', color: '#2f5bea', team_id: team });
    const last = await fetchFrom(page, 'GET', `/v2/campaigns?TeamId=${team}`, 'test_screenshot');
    await page.locator('#journal-rows tr.row', { hasText: last.requestId }).waitFor(WAIT);
    await page.getByRole('tab', { name: 'Campaigns' }).click();
    await page.locator('#state-table tbody tr', { hasText: 'total' }).first().waitFor(WAIT);
    const wide = join(ARTIFACTS, 'console-1280x800.png');
    await page.screenshot({ path: wide, animations: 'disabled' });
    expect(statSync(wide).size).toBeGreaterThan(10_000);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#steering-title').scrollIntoViewIfNeeded();
    const narrow = join(ARTIFACTS, 'console-390x844.png');
    await page.screenshot({ path: narrow, fullPage: true, animations: 'disabled' });
    expect(statSync(narrow).size).toBeGreaterThan(10_000);
    // Nothing wider than the window: tables scroll inside their panels.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.close();
    if (process.env.SENDBOX_UPDATE_SCREENSHOT) copyFileSync(wide, join(ROOT, 'docs/console.png'));
  });

  it('renders both documents in Swagger UI, with this sandbox as the server "Try it out" calls', async () => {
    const page = await context.newPage();
    page.on('pageerror', e => pageErrors.push(e.message));
    await page.goto(banner.docs);
    await page.locator('.information-container .title', { hasText: 'SuperSend V2/V1' }).waitFor(DOCS_WAIT);
    expect(await page.locator('.servers select option').first().textContent()).toContain(banner.base);
    await page.locator('#operations-tag-SuperSend_V2').click();
    await page.locator('#operations-SuperSend_V2-getHealth').click();
    // tryItOutEnabled: the operation opens ready to execute.
    await page.getByRole('button', { name: 'Execute' }).click();
    await page.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor(DOCS_WAIT);
    expect(await page.locator('.request-url pre').textContent()).toBe(`${banner.base}/v2/health`);
    await page.selectOption('#document', '/__sandbox/docs/control.json');
    await page.locator('.information-container .title', { hasText: 'sendbox control plane' }).waitFor(WAIT);
    await page.locator('#operations-tag-Sandbox_Control').waitFor(WAIT);
    await page.close();
  }, 300_000);

  it('made no request to any other host, and threw no error', () => {
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/**
 * An answer as these tests read it. `data` is a list (read by index) or one record (read by field): the
 * intersection lets both reads type-check without a cast at each one.
 */
interface Answer {
  status: number;
  requestId: string;
  body: { data: Record<string, string>[] & Record<string, string>; error: { code: string } };
}

function bannerUrl(output: string, label: string): string {
  const m = new RegExp(`^  ${label}: (http://\\S+)$`, 'm').exec(output);
  if (!m) throw new Error(`no ${label} line in the banner:\n${output}`);
  return m[1];
}
