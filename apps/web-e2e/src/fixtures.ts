import { expect, test as base } from '@playwright/test';

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
