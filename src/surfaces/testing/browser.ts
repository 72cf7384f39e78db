/**
 * @module surfaces/testing/browser
 *
 * What the browser tests share: Debian's Chromium driven by playwright-core
 * (it downloads nothing), the app served on a loopback port, and a page
 * that records every request, dialog and CSP violation, so that a test can
 * prove hostile data neither ran nor reached out.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Headless as root, and no calls home: this machine's network is closed. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface BrowserSession {
  origin: string;
  browser: Browser;
  page: Page;
  requests: string[];
  dialogs: string[];
  cspViolations: string[];
  close(): Promise<void>;
}

export async function openBrowserSession(app: { fetch: Parameters<typeof serve>[0]['fetch'] }): Promise<BrowserSession> {
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const session: BrowserSession = {
    origin: `http://127.0.0.1:${port}`,
    browser,
    page,
    requests: [],
    dialogs: [],
    cspViolations: [],
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
  page.on('request', (request) => session.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) session.cspViolations.push(message.text());
  });
  return session;
}
