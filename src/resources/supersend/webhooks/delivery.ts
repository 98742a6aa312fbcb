/**
 * The sandbox's webhook sender: real HTTP POSTs to subscriber URLs, off the request path. One per sandbox
 * (its settings come from the sandbox's options and flags); each workspace keeps its own bounded queue of
 * attempts (store.ts `DeliveryRuntime`), a few in flight at a time, so a receiver that hangs holds only its
 * own workspace's slots and never an API answer. Closing the sender aborts what is in flight: shutdown
 * never waits for a receiver.
 *
 * Outbound safety: link-local and cloud-metadata addresses are always refused; `allow` (the
 * `--webhook-allow HOST|CIDR` flag) narrows destinations further for shared instances. Host names are
 * resolved here and the connection goes to the checked address, so a name cannot resolve to a refused
 * address between the check and the connect.
 */
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

export interface WebhookSettings {
  /** Workspace time between attempts: one entry per retry, so attempts = length + 1 (default 1 min, 5 min, 15 min, 1 h). */
  retryDelaysMs: readonly number[];
  /** Real time an attempt may take, connect to last byte (default 10 s). */
  timeoutMs: number;
  /** Hosts and CIDRs deliveries may go to; empty: any http(s) host except the refused ones. */
  allow: readonly string[];
  /** Attempts in flight per workspace (default 4). */
  concurrency: number;
  /** Attempts waiting per workspace beyond those in flight (default 1000); beyond, an attempt fails at once. */
  queueLimit: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  retryDelaysMs: [60_000, 300_000, 900_000, 3_600_000],
  timeoutMs: 10_000,
  allow: [],
  concurrency: 4,
  queueLimit: 1000,
};

/** Bytes of a receiver's answer kept on the delivery. */
export const RESPONSE_BODY_CAP = 10 * 1024;

export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Who sends it, for the built-in inbox (which workspace, which secret). */
  workspaceId: string;
  messageId: string;
  secret: string;
}

export interface AttemptResult {
  /** The receiver's status, when it answered. */
  status: number | null;
  /** Whether the answer was a 2xx. */
  ok: boolean;
  timeMs: number | null;
  body: string | null;
  headers: Record<string, string> | null;
  error: string | null;
  /** The destination is refused for good (outbound safety): no retry would change that. */
  refused: boolean;
  /** The sender was closed during the attempt: nothing to record. */
  aborted: boolean;
}

export interface Outbound {
  readonly settings: WebhookSettings;
  send(request: OutboundRequest): Promise<AttemptResult>;
  /** The sender of a message in flight (by `webhook-id`): how the built-in inbox finds its workspace. */
  senderOf(messageId: string): { workspaceId: string; secret: string } | undefined;
  /** Called after an attempt's outcome was stored (the data file saves that workspace). */
  changed(workspaceId: string): void;
  /** Sets what `changed` does (the sandbox sets it once its data file is open). */
  onChange(listener: (workspaceId: string) => void): void;
  /** Aborts every attempt in flight; later sends answer `aborted` at once. */
  close(): void;
  readonly closed: boolean;
}

/** IPv4 link-local (which holds 169.254.169.254) and AWS's IPv6 metadata address. */
function refusedAddresses(): BlockList {
  const list = new BlockList();
  list.addSubnet('169.254.0.0', 16, 'ipv4');
  list.addAddress('fd00:ec2::254', 'ipv6');
  list.addSubnet('fe80::', 10, 'ipv6');
  return list;
}

/** The allow list as hosts and addresses; throws a clear message for an entry that is neither. */
export function parseAllowList(entries: readonly string[]): { hosts: Set<string>; addresses: BlockList; empty: boolean } {
  const hosts = new Set<string>();
  const addresses = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (bits !== undefined) {
      const prefix = Number(bits);
      const max = family === 4 ? 32 : 128;
      if (!family || !/^\d+$/.test(bits) || prefix > max) throw new Error(`--webhook-allow: "${raw}" is not a host name or a CIDR (e.g. 10.0.0.0/8)`);
      addresses.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    } else if (family) {
      addresses.addAddress(address, family === 4 ? 'ipv4' : 'ipv6');
    } else if (/^[a-z0-9.-]+$/.test(entry)) {
      hosts.add(entry);
    } else {
      throw new Error(`--webhook-allow: "${raw}" is not a host name or a CIDR (e.g. 10.0.0.0/8)`);
    }
  }
  return { hosts, addresses, empty: entries.length === 0 };
}

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

export function createOutbound(settings: Partial<WebhookSettings> = {}): Outbound {
  let listener: (workspaceId: string) => void = () => undefined;
  const full: WebhookSettings = { ...DEFAULT_WEBHOOK_SETTINGS, ...settings };
  const refused = refusedAddresses();
  const allow = parseAllowList(full.allow);
  const closing = new AbortController();
  const inFlight = new Map<string, { workspaceId: string; secret: string }>();

  /** The address to connect to, or why the destination is refused. */
  async function destination(url: URL): Promise<{ address: string } | { refusal: string }> {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map(a => a.address);
    const blocked = addresses.find(a => refused.check(a, familyOf(a)) || (a.startsWith('::ffff:') && refused.check(a.slice(7), 'ipv4')));
    if (blocked) return { refusal: `Destination refused: ${host} is ${blocked}, a link-local or cloud-metadata address (sendbox never delivers there)` };
    if (allow.empty || allow.hosts.has(host)) return { address: addresses[0] };
    const allowed = addresses.find(a => allow.addresses.check(a, familyOf(a)));
    if (allowed) return { address: allowed };
    return { refusal: `Destination refused: ${host} is not in this sandbox's --webhook-allow list` };
  }

  async function send(request: OutboundRequest): Promise<AttemptResult> {
    const none = { status: null, ok: false, timeMs: null, body: null, headers: null, refused: false, aborted: false };
    if (closing.signal.aborted) return { ...none, error: 'sandbox shutting down', aborted: true };
    const url = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ...none, error: `Destination refused: ${url.protocol} is not http or https`, refused: true };
    let target: Awaited<ReturnType<typeof destination>>;
    try {
      // A resolver that hangs counts against the same timeout as the receiver.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${full.timeoutMs} ms`)), full.timeoutMs);
      });
      target = await Promise.race([destination(url), late]).finally(() => clearTimeout(timer));
    } catch (e) {
      return { ...none, error: `Cannot resolve ${url.hostname}: ${e instanceof Error ? e.message : String(e)}` };
    }
    if ('refusal' in target) return { ...none, error: target.refusal, refused: true };
    inFlight.set(request.messageId, { workspaceId: request.workspaceId, secret: request.secret });
    try {
      return await post(url, target.address, request);
    } finally {
      inFlight.delete(request.messageId);
    }
  }

  /** One POST to `address` (already checked), within the timeout; never rejects. */
  function post(url: URL, address: string, request: OutboundRequest): Promise<AttemptResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    return new Promise<AttemptResult>(resolve => {
      let settled = false;
      const finish = (result: Omit<AttemptResult, 'timeMs' | 'refused' | 'aborted'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        closing.signal.removeEventListener('abort', onClose);
        resolve({ ...result, timeMs: elapsed(), refused: false, aborted: closing.signal.aborted });
      };
      const failed = (error: string) => finish({ status: null, ok: false, body: null, headers: null, error });
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request({
        host: address,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        servername: isIP(url.hostname) ? undefined : url.hostname,
        agent: false,
        headers: { ...request.headers, host: url.host, 'content-length': String(Buffer.byteLength(request.body)) },
      });
      const timer = setTimeout(() => {
        failed(`Timed out after ${full.timeoutMs} ms without a complete answer`);
        req.destroy();
      }, full.timeoutMs);
      const onClose = () => {
        failed('sandbox shutting down');
        req.destroy();
      };
      closing.signal.addEventListener('abort', onClose, { once: true });
      req.on('error', err => failed(err.message || String(err)));
      req.on('response', res => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (chunk: Buffer) => {
          if (kept >= RESPONSE_BODY_CAP) return;
          chunks.push(chunk.subarray(0, RESPONSE_BODY_CAP - kept));
          kept += Math.min(chunk.length, RESPONSE_BODY_CAP - kept);
        });
        res.on('error', err => failed(err.message));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          const body = Buffer.concat(chunks).toString('utf8');
          finish({ status, ok, body, headers, error: ok ? null : `${status} ${res.statusMessage || 'error'}`.trim() });
        });
      });
      req.end(request.body);
    });
  }

  return {
    settings: full,
    send,
    senderOf: id => inFlight.get(id),
    changed: id => listener(id),
    onChange: l => {
      listener = l;
    },
    close: () => closing.abort(),
    get closed() {
      return closing.signal.aborted;
    },
  };
}

let fallback: Outbound | undefined;
/** The sender of workspaces made outside a sandbox (benches, unit tests): default settings, closed never. */
export function defaultOutbound(): Outbound {
  return (fallback ??= createOutbound());
}
