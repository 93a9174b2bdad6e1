import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects what the browser reports as refused by the Content-Security-Policy. */
export function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * A fresh browser context holding one session cookie (`name=value`, as the sign-in answer sets
 * it) for localhost, with a real-time expiry: the test server's clock may be fixed in the
 * past, so the expiry the server set could already have passed for the browser. Its page
 * collects CSP refusals.
 */
export async function signedInBrowserPage(
  browser: Browser,
  sessionCookie: string,
  options: { readonly viewport?: { width: number; height: number }; readonly acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
  const [name, value] = sessionCookie.split(/=(.*)/s);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  await context.addCookies([
    {
      name: name ?? '',
      value: value ?? '',
      domain: 'localhost',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      expires: Math.floor(Date.now() / 1000) + 3600,
    },
  ]);
  const page = await context.newPage();
  return { context, page, violations: watchPolicyViolations(page) };
}
