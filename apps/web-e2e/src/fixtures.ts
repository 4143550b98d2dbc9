import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, expect, Page, test as base } from '@playwright/test';
import { ReceivedMail, startSmtpSink } from '../../api/src/testing/smtp-sink';

/**
 * Every journey also fails on what a user would not see but would suffer from: a script error, or
 * anything the Content-Security-Policy refused (a blocked stylesheet silently breaks focus rings).
 */
export const test = base.extend<{ pageProblems: void }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
          problems.push(`blocked: ${message.text()}`);
        }
      });
      await use();
      if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
    },
    { auto: true },
  ],
});

export { expect };

/** Every demo account's password. */
export const DEMO_PASSWORD = 'Cocrea-2021';

/** Signs in through the login page and waits until the app has left it (the session cookie is set by then). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('button', { name: 'Salir' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A demo account's bearer header, for a journey that sets the scene through the api (no browser). */
export async function bearer(api: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<Record<string, string>> {
  const login = await api.post('/api/auth/login', { data: { email, password } });
  expect(login.ok()).toBe(true);
  return { Authorization: `Bearer ${(await login.json()).token}` };
}

/** The WCAG 2.2 AA rule sets every accessibility check runs. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's serious and critical violations on the page as it is now, one line each (rule: elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The test's SMTP server, on the port the SMTP_URL of the running test's server names (its lane's `smtpPort` in
 * playwright.config.ts): it keeps every mail the platform sends so a journey can open the link a person would click
 * or the file a member would add to their calendar.
 */
export async function startMailSink(): Promise<MailSink> {
  const sink = await startSmtpSink(Number(test.info().project.metadata['smtpPort']));
  return {
    received: sink.received,
    async linkToken(email: string, path = '/invitacion'): Promise<string> {
      let token: string | undefined;
      await expect
        .poll(
          () => {
            const text = sink.received
              .filter((m) => m.to.includes(email))
              .map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))
              .join('\n');
            token = [...text.matchAll(new RegExp(`${path}#([A-Za-z0-9_-]{43})`, 'g'))].pop()?.[1];
            return token;
          },
          { timeout: 20_000 },
        )
        .toBeTruthy();
      return token as string;
    },
    close: sink.close,
  };
}

export interface MailSink {
  /** Every mail that arrived so far, as it arrived. */
  received: ReceivedMail[];
  /** The token of the newest link to `path` mailed to `email` (quoted-printable undone), once it has arrived. */
  linkToken(email: string, path?: string): Promise<string>;
  close(): Promise<void>;
}
