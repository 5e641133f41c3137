import { describe, expect, it } from 'vitest';
import { overlayText } from './support/browsers/overlay-reads';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

/** Every box of portal-sensitive.html but 解决方案名称, with what is typed into it. */
const SENSITIVE: readonly (readonly [string, string])[] = [
  ['input[name="clsj"]', '一次性验证码甲'], // autocomplete="One-Time-Code"
  ['textarea[name="dwdz"]', '一次性验证码乙'], // a textarea's one-time-code
  ['input[name="lxdh"]', '银行卡号丙'], // billing cc-number
  ['input[name="lxzw"]', '银行卡号丁'], // section-pay cc-number
  ['input[name="lxyx"]', '银行卡号戊'], // CC-NUMBER
  ['textarea[name="smsCode"]', '短信验证码己'],
  ['input[name="zjhm"]', '身份证号码庚'], // 联系人 | 身份证号 | [box]
  ['textarea[name="bj"]', '遮蔽输入辛'], // -webkit-text-security: disc
  ['input[name="yhk"]', '银行卡号壬'], // placeholder 银行卡号 under a div label 单位
];

describe.each(BROWSERS)('sensitive boxes, in $label: never read, never kept', ({ launch }) => {
  const session = useBrowser(launch);

  it('checks and keeps the declaration field, and nothing of codes, cards and ID numbers', async () => {
    const page = await session.open('/portal-sensitive.html');
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/^识别到 1 个栏目/);
    for (const [selector, text] of SENSITIVE) await page.type(selector, text);
    await page.type('input[name="famc"]', '工业互联网平台解决方案');
    const versions = () =>
      session.browser.storedRecords<{ values: Record<string, unknown> }>('versions').then((all) => JSON.stringify(all));
    await expect.poll(versions).toContain('工业互联网平台解决方案');
    // The sensitive boxes were typed into first: had any been kept, it would be in the versions saved since.
    const stored = await versions();
    for (const [, text] of SENSITIVE) expect(stored).not.toContain(text);
    expect(await overlayText(page, '[data-role="status"]')).toMatch(/^识别到 1 个栏目/);
  });
});
