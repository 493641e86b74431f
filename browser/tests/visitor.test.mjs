// A visitor reads the programme in Latvian on a phone and takes it into a calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { screenshot, tabTo, PROGRAMME, withDemo } from './support.mjs';

const demo = withDemo();

test('a resident reads the programme in Latvian on a phone and downloads it', async () => {
  const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'lv-LV', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${demo.server.base}/`);
  // A Latvian browser gets the home page in Latvian; the rest follows by links, as a person clicks.
  assert.equal(await page.getAttribute('html', 'lang'), 'lv');
  await page.getByRole('link', { name: /Pašvaldību sadarbība/ }).first().click();
  await page.getByRole('link', { name: 'Skatīt programmu' }).first().click();
  await page.waitForURL(`**${PROGRAMME}`);
  const days = await page.locator('main h2').allTextContents();
  assert.equal(days.length, 5, `five days as headings: ${days}`);
  assert.match(days[0], /ceturtdiena, 8\. novembris/);
  assert.match(await page.locator('main').innerText(), /Aglonas bazilika/);
  await screenshot(page, 'journey-visitor-programme-lv-360');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Pievienot kalendāram (.ics)' }).click()]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /TZID:Europe\/Riga/);
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 32);
  assert.match(ics, /SUMMARY:Aglonas bazilika/, 'the calendar speaks Latvian too');
  await context.close();
});

test('the language switcher keeps the visitor on the same page', async () => {
  const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${demo.server.base}/towns/raska?lang=en`);
  await page.locator('nav.langs summary').click();
  await page.getByRole('link', { name: 'Српски' }).click();
  await page.waitForURL('**/towns/raska?lang=sr-Cyrl');
  assert.equal(await page.getAttribute('html', 'lang'), 'sr-Cyrl');
  // The choice is remembered on the next page.
  await page.goto(`${demo.server.base}${PROGRAMME}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'sr-Cyrl');
  await context.close();
});

test('the same journey works by keyboard alone', async () => {
  const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'lv-LV', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${demo.server.base}/`);
  await tabTo(page, /Pašvaldību sadarbība/);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/projects/ttchan');
  await tabTo(page, /^Skatīt programmu$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${PROGRAMME}`);
  // The day index jumps to a day; the focus stays visible throughout.
  await tabTo(page, /^3\. diena$/);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#day-2018-11-10$/);
  await page.goto(`${demo.server.base}${PROGRAMME}`);
  await tabTo(page, /Pievienot kalendāram/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(readFileSync(await download.path(), 'utf8'), /BEGIN:VCALENDAR/);
  await context.close();
});
