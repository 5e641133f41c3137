import type { Page } from 'playwright-core';
import { launchWithExtension } from './extension-browser';

/**
 * Another browser profile with the extension: its drafts manager open and `exported` (a drafts file) imported
 * there, as someone moving to another computer would; `use` runs on that page, then the profile is closed.
 */
export async function importedInFreshProfile(exported: string, use: (manager: Page) => Promise<void>): Promise<void> {
  const fresh = await launchWithExtension();
  try {
    const manager = await fresh.context.newPage();
    await manager.goto(`chrome-extension://${fresh.extensionId}/drafts.html`);
    await manager
      .locator('[data-role="import-file"]')
      .setInputFiles({ name: 'drafts.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await use(manager);
  } finally {
    await fresh.close();
  }
}
