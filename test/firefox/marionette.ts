import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A small client for Firefox's Marionette protocol (length-prefixed JSON over TCP), enough to
// install the built add-on temporarily and drive its pages. Playwright cannot load add-ons into
// Firefox, and WebDriver BiDi refuses to open moz-extension:// pages; Marionette with system
// access can open them as a user would (a tab the browser itself opens).

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface ElementRef {
  [key: string]: string;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      );
    });
  });
}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private pending = new Map<number, Pending>();
  private hello: ((v: unknown) => void) | null = null;

  private constructor(
    private socket: Socket,
    private proc: ChildProcess,
    private profile: string,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  static async launch(binary: string, prefs: Record<string, string | number | boolean>) {
    const profile = await mkdtemp(join(tmpdir(), 'dealbrief-firefox-'));
    const port = await freePort();
    const all: Record<string, string | number | boolean> = {
      'marionette.port': port,
      'xpinstall.signatures.required': false,
      'browser.shell.checkDefaultBrowser': false,
      'browser.aboutwelcome.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.disabledForTesting': true,
      'browser.newtabpage.enabled': false,
      ...prefs,
    };
    const userJs = Object.entries(all)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n');
    await writeFile(join(profile, 'user.js'), userJs);
    const proc = spawn(
      binary,
      [
        '--marionette',
        '-remote-allow-system-access',
        '--headless',
        '--no-remote',
        '--profile',
        profile,
      ],
      { stdio: ['ignore', 'ignore', process.env.DEALBRIEF_FIREFOX_LOG ? 'inherit' : 'ignore'] },
    );
    let socket: Socket | null = null;
    for (let i = 0; i < 150 && !socket; i++) {
      socket = await new Promise<Socket | null>((resolve) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
        s.once('error', () => resolve(null));
      });
      if (!socket) await new Promise((r) => setTimeout(r, 200));
    }
    if (!socket) {
      proc.kill();
      throw new Error(`Firefox (${binary}) did not open Marionette on port ${port}`);
    }
    const client = new Marionette(socket, proc, profile);
    await new Promise((resolve) => (client.hello = resolve));
    await client.send('WebDriver:NewSession', { capabilities: { alwaysMatch: {} } });
    return client;
  }

  private onData(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(58);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(
        this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'),
      );
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (Array.isArray(message)) {
        const [, id, error, result] = message as [number, number, unknown, unknown];
        const waiter = this.pending.get(id);
        this.pending.delete(id);
        if (!waiter) continue;
        if (error) waiter.reject(new Error(JSON.stringify(error).slice(0, 600)));
        else waiter.resolve(result);
      } else {
        this.hello?.(message);
        this.hello = null;
      }
    }
  }

  send<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    const body = JSON.stringify([0, id, command, params]);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  }

  async value<T>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const result = await this.send<{ value: T } | T>(command, params);
    return result && typeof result === 'object' && 'value' in result ? result.value : (result as T);
  }

  /** Runs `script` in the browser's own (chrome) context. */
  async chrome<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.send('Marionette:SetContext', { value: 'chrome' });
    try {
      return await this.value<T>('WebDriver:ExecuteScript', { script, args });
    } finally {
      await this.send('Marionette:SetContext', { value: 'content' });
    }
  }

  /** Runs `script` in the current tab's page. */
  content<T>(script: string, args: unknown[] = []): Promise<T> {
    return this.value<T>('WebDriver:ExecuteScript', { script, args });
  }

  async close() {
    try {
      await Promise.race([
        this.send('Marionette:Quit', { flags: ['eForceQuit'] }),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
    } catch {
      // Quitting closes the socket before the reply can come.
    }
    this.socket.destroy();
    this.proc.kill();
    await rm(this.profile, { recursive: true, force: true }).catch(() => undefined);
  }
}
