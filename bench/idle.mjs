// Idle cost: is the service worker stopped when nothing happens? Measured in a Chromium
// driven over a raw CDP pipe that only *observes* targets: an attached debugger (as
// Playwright attaches to every worker) would itself keep the worker alive.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExtensionArgs } from '../tests/support/browsers.mjs';

function connect(child) {
  const [, , , toBrowser, fromBrowser] = child.stdio;
  const waiting = new Map();
  const events = [];
  let next = 0;
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && waiting.has(message.id)) {
        waiting.get(message.id)(message.result ?? message.error);
        waiting.delete(message.id);
      } else events.push({ ...message, at: Date.now() });
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  return { send, events };
}

/**
 * Loads the extension, waits `idleMs` with no events, and reports whether its worker is
 * still running and how long after its last start it was stopped.
 */
export async function measureIdle({ executablePath, extensionDir, idleMs }) {
  const profile = await mkdtemp(join(tmpdir(), 'still-us-idle-'));
  const child = spawn(
    executablePath,
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      ...chromiumExtensionArgs([extensionDir]),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  try {
    const cdp = connect(child);
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const isWorker = (info) =>
      info?.type === 'service_worker' && info.url.endsWith('/background.js');
    const deadline = Date.now() + 20_000;
    while (!cdp.events.some((e) => isWorker(e.params?.targetInfo)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const started = cdp.events.find((e) => isWorker(e.params?.targetInfo));
    if (!started) throw new Error('the extension worker never started');
    const workerId = started.params.targetInfo.targetId;
    await new Promise((r) => setTimeout(r, idleMs));
    const { targetInfos } = await cdp.send('Target.getTargets');
    const running = targetInfos.some((t) => t.targetId === workerId);
    const stopped = cdp.events.find(
      (e) => e.method === 'Target.targetDestroyed' && e.params.targetId === workerId,
    );
    return {
      idleMs,
      workerRunningAfterIdle: running,
      stoppedAfterMs: stopped ? stopped.at - started.at : null,
    };
  } finally {
    child.kill();
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}
