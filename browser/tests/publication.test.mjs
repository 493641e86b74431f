// After the meeting, on a phone: the organiser drafts the press release from the meeting's
// data, edits and publishes it, adds a photo for the funder's publication page, and the
// public sees both in Latvian — checked by axe, at 360 pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { signIn, screenshot, axeViolations, ADMIN, ROOT, withDemo } from './support.mjs';

const demo = withDemo();
const EVENT = '/manage/projects/ttchan/events/daugavpils-2018';

test('an organiser publishes a press release and a photo from a phone', async () => {
  const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await context.newPage();
  const base = demo.server.base;
  await signIn(page, base, ADMIN);

  await page.goto(`${base}/manage/projects/ttchan/news?lang=en`);
  await page.getByRole('button', { name: /^Draft a press release for / }).click();
  await page.getByText('The press release has been drafted').waitFor();
  const en = await page.locator('#body-en').inputValue();
  assert.match(en, /Day 2, Friday, 9 November: /);
  assert.match(en, /Daugavpils and Raška signed: Memorandum of Cooperation\./);
  const lv = page.locator('#title-lv');
  assert.ok((await lv.inputValue()).length > 0, 'drafted in Latvian too');
  await lv.fill('TTChan: septiņas pilsētas Daugavpilī');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('The post has been saved.').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'journey-press-release-360');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('The post is published.').waitFor();

  await page.goto(`${base}${EVENT}/photos?lang=en`);
  await page.getByLabel('Photo (JPEG or PNG)').setInputFiles(join(ROOT, 'tests/it/fixtures/camera.jpg'));
  await page.getByLabel(/^What the photo shows/).fill('Delegāti pie Daugavpils cietokšņa');
  await page.getByLabel('Photographer').fill('Jānis');
  await page.getByLabel(/agreed that it is published/).check();
  await page.getByRole('button', { name: 'Upload the photo' }).click();
  await page.getByText('The photo has been added.').waitFor();

  await page.goto(`${base}/projects/ttchan/events/daugavpils-2018/publication?lang=lv`);
  const img = page.getByRole('img', { name: 'Delegāti pie Daugavpils cietokšņa' });
  await img.scrollIntoViewIfNeeded();
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth === 30 && i.naturalHeight === 40), 'the browser draws the cleaned photo upright');
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  await screenshot(page, 'journey-publication-photo-360');

  await page.goto(`${base}/projects/ttchan?lang=lv`);
  await page.getByRole('link', { name: 'TTChan: septiņas pilsētas Daugavpilī' }).click();
  await page.getByRole('heading', { level: 1, name: 'TTChan: septiņas pilsētas Daugavpilī' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
