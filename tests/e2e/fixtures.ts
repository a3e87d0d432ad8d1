import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails if the page throws, rejects a promise unhandled,
 * or logs an error: a child's game must run clean, not just produce the right export.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`console.error: ${message.text()}`); });
    await use(page);
    expect(problems).toEqual([]);
  },
});

export { expect };
