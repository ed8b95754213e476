// Keyboard only: Tab / Shift+Tab to a control, and the focused element's indicator checked at every stop.
import assert from 'node:assert/strict';

/** The focused element's visible indicator: an outline of 2 px at least (the portal's own), in a colour. */
export async function assertFocusVisible(page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { what: `${el.tagName.toLowerCase()} « ${(el.getAttribute('aria-label') || el.textContent || el.name || '').trim().slice(0, 40)} »`,
      style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
  assert.ok(focus, 'something has the focus');
  assert.ok(focus.style !== 'none' && focus.style !== 'auto' && focus.width >= 2 && !/rgba\(.*, 0\)/.test(focus.color),
    `focus visible on ${focus.what}: outline ${focus.style} ${focus.width}px ${focus.color}`);
}

async function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until the locator has the focus, checking the indicator at every stop. */
export async function tabTo(page, locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await assertFocusVisible(page);
    if (await isFocused(locator)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  assert.fail(`${back ? 'Shift+Tab' : 'Tab'} never reached ${locator} (focus on ${at})`);
}

export async function assertFocused(locator, what) {
  assert.ok(await isFocused(locator), `${what} has the focus`);
}

/** Presses a key that follows a link or submits a form, and waits for the next page. */
export async function follow(page, key = 'Enter') {
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await page.keyboard.press(key);
  await navigation;
}
