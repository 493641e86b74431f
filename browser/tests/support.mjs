// Shared by the browser tests: the real `twinning` binary serving the demo on a free port,
// Debian's Chromium driven by playwright-core, axe-core, and screenshots for review.
import { spawn, execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.TWINNING_BIN ?? join(ROOT, 'target/debug/twinning');
export const SHOTS = join(ROOT, 'target/browser-screenshots');
export const PASSWORD = 'Daugavpils-2018-torchlight';
export const ADMIN = 'admin@daugavpils.test';
/** The admin's second factor (TOTP, base32): admins must have one; `admin create --totp-secret` enrols it. */
export const ADMIN_TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const PROGRAMME = '/projects/ttchan/events/daugavpils-2018/programme';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Starts `twinning demo` with an admin account; resolves to { base, dataDir, stop }. */
export async function startDemo() {
  const dataDir = mkdtempSync(join(tmpdir(), 'twinning-browser-'));
  execFileSync(BIN, ['admin', 'create', '--email', ADMIN, '--name', 'Ilze Admin', '--totp-secret', ADMIN_TOTP, '--data-dir', dataDir], {
    input: `${PASSWORD}\n`,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const child = spawn(BIN, ['demo', '--bind', '127.0.0.1:0', '--data-dir', dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', RUST_LOG: 'info' },
  });
  const base = await new Promise((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`the server did not start:\n${log}`)), 30_000);
    child.stderr.on('data', (d) => {
      log += d;
      const m = log.match(/serving (http:\/\/[0-9.:]+)\//);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`the server exited (${code}):\n${log}`)));
  });
  const stop = () =>
    new Promise((ok) => {
      child.on('exit', ok);
      child.kill('SIGTERM');
    });
  return { base, dataDir, stop };
}

/**
 * Starts the demo and a browser before the file's tests and stops both after them.
 * Returns an object whose `server` and `browser` are set once they run.
 */
export function withDemo() {
  const ctx = {};
  before(async () => {
    ctx.server = await startDemo();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Creates an account with `twinning account create` beside the running demo. */
export function createAccount(dataDir, email, name, ...flags) {
  execFileSync(BIN, ['account', 'create', '--email', email, '--name', name, ...flags, '--data-dir', dataDir], {
    input: `${PASSWORD}\n`,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 secret for time step `step`. */
export function totpCode(secret, step) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secret.replace(/=+$/, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', key).update(counter).digest();
  const n = (h.readUInt32BE(h[h.length - 1] & 0xf) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

// The server accepts each time step once (and one step ahead), so each sign-in takes the
// next unused step, waiting when it would run too far ahead of the clock.
let lastStep = 0;
export async function nextAdminCode() {
  const now = () => Math.floor(Date.now() / 30_000);
  const step = Math.max(now(), lastStep + 1);
  while (step > now() + 1) await new Promise((ok) => setTimeout(ok, 1000));
  lastStep = step;
  return totpCode(ADMIN_TOTP, step);
}

/** Signs in through the form, as a person would; the admin gives the second factor too. */
export async function signIn(page, base, email, password = PASSWORD) {
  await page.goto(`${base}/signin?lang=en`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (email === ADMIN) {
    await page.waitForURL(/\/signin\/totp/);
    await page.getByLabel('Code').fill(await nextAdminCode());
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL(/\/account/);
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page; returns the violations, described. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until the focused element's text matches `pattern` (at most `max` presses). */
export async function tabTo(page, pattern, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.innerText ?? '');
    if (pattern.test(text)) return;
  }
  throw new Error(`no focusable element matching ${pattern} within ${max} presses of Tab`);
}

/** Presses Tab until the element with this id has the focus. */
export async function tabToId(page, id, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`#${id} not reached within ${max} presses of Tab`);
}

/** Saves a screenshot under target/browser-screenshots for review. */
export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The newest e-mail the server wrote to its data directory (no SMTP in the demo). */
export function lastMail(dataDir) {
  const dir = join(dataDir, 'mail');
  const files = readdirSync(dir).sort();
  return readFileSync(join(dir, files[files.length - 1]), 'utf8').replace(/=\r?\n/g, '');
}
