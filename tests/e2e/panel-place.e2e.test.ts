import { describe, expect, it } from 'vitest';
import { overlay } from './support/overlay';
import { useSession } from './support/session';

describe('the panel, moved by its title bar', () => {
  const session = useSession();

  it('stays where it was dragged, on the next page too, and still never covers the box being typed in', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(session.server.url('/portal-label-for.html'));
    await session.browser.activate(page);
    const panel = overlay(page).locator('[data-role="panel"]');
    await expect.poll(() => panel.locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
    await page.locator('#f-name').focus();
    const before = await panel.boundingBox();
    if (!before) throw new Error('no panel');

    // Dragged 400 px left and 300 px up by its title, as a user does with the mouse; the focus stays in the page.
    const grip = await panel.locator('header strong').boundingBox();
    if (!grip) throw new Error('no title');
    await page.mouse.move(grip.x + 10, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 10 - 200, grip.y + grip.height / 2 - 150, { steps: 4 });
    await page.mouse.move(grip.x + 10 - 400, grip.y + grip.height / 2 - 300, { steps: 4 });
    await page.mouse.up();
    const moved = await panel.boundingBox();
    expect(Math.round((moved?.x ?? 0) - before.x)).toBe(-400);
    expect(Math.round((moved?.y ?? 0) - before.y)).toBe(-300);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-name');

    // Another page of the portal, later: the panel is where it was put.
    await page.goto(session.server.url('/portal-table.html'));
    await session.browser.activate(page);
    await expect.poll(() => panel.locator('[data-role="status"]').textContent()).toMatch(/识别到 \d+ 个栏目/);
    await expect.poll(async () => Math.round((await panel.boundingBox())?.x ?? 0)).toBe(Math.round(moved?.x ?? 0));
    expect(Math.round((await panel.boundingBox())?.y ?? 0)).toBe(Math.round(moved?.y ?? 0));

    // A box under the placed panel gets the focus: the panel steps aside while it is worked in.
    const placed = (await panel.boundingBox()) as { x: number; y: number; width: number; height: number };
    const under = await page.evaluate(
      ({ x, y }) => {
        const box = document.createElement('textarea');
        box.id = 'under';
        box.style.cssText = `position:fixed;left:${x}px;top:${y}px;width:200px;height:60px`;
        document.body.append(box);
        box.focus();
        return box.id;
      },
      { x: placed.x + 20, y: placed.y + 20 },
    );
    expect(under).toBe('under');
    await expect
      .poll(async () => {
        const a = (await panel.boundingBox()) as { x: number; y: number; width: number; height: number };
        const b = (await page.locator('#under').boundingBox()) as typeof a;
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      })
      .toBe(false);
    await page.close();
  });
});
