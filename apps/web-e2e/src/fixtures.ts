import { APIRequestContext, expect, Page, test as base } from '@playwright/test';

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
