// The desk on the first morning: an organiser adds a walk-in, prints the badges, and checks
// people in on a phone — by the code on the badge and from the list — by keyboard and touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, screenshot, axeViolations, ADMIN, withDemo } from './support.mjs';

const demo = withDemo();
const EVENT = '/manage/projects/ttchan/events/daugavpils-2018';

test('an organiser checks people in at the desk on a phone', async () => {
  const page = await (await demo.browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  const base = demo.server.base;
  await signIn(page, base, ADMIN);
  for (const [name, country] of [['Karin Lind', 'SE'], ['Jānis Ozols', 'LV']]) {
    await page.goto(`${base}${EVENT}/people/new?lang=en`);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Your town or organisation').fill(country === 'SE' ? 'Kalmar' : 'Daugavpils');
    await page.getByLabel('Country').selectOption(country);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The person has been saved.').waitFor();
  }

  await page.goto(`${base}${EVENT}/badges?lang=en`);
  const badge = page.locator('.badge', { hasText: 'Karin Lind' });
  const code = (await badge.locator('.badge-code').innerText()).trim();
  assert.match(code, /^[A-Z0-9]{10}$/);
  assert.equal(await badge.locator('svg').count(), 1, 'a QR code on the badge');
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'journey-badges-print');
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${base}${EVENT}/checkin?day=2018-11-09&lang=en`);
  await page.getByLabel('Code on the badge').fill(code.toLowerCase());
  await page.keyboard.press('Enter');
  await page.getByText('Karin Lind is checked in.').waitFor();
  assert.match(await page.locator('main').innerText(), /Present: 1 of 2\./);
  await page.locator('.checkin-list li', { hasText: 'Jānis Ozols' }).getByRole('button', { name: /Check in/ }).click();
  await page.getByText('Jānis Ozols is checked in.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'journey-checkin-360');

  await page.goto(`${base}${EVENT}/people?lang=en`);
  assert.match(await page.locator('main').innerText(), /Friday, 9 November\s+2 \(Latvia 1, Sweden 1\)/);
});
