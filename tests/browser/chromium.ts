/**
 * Finds a Chromium for the browser tests: $CHROME_PATH, then a system Chromium
 * or Chrome, then Playwright's own browser. Never downloads one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const candidates = [process.env['CHROME_PATH'], ...SYSTEM_BROWSERS].filter((p): p is string => !!p);
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error('No Chromium found: set CHROME_PATH, or install one with `apt-get install -y chromium` (Debian).');
}

/** Flags that keep Chromium from calling home on a machine with no network. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-sandbox',
];

export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    ...extra,
    args: [...QUIET_FLAGS, ...(extra.args ?? [])],
  });
}
