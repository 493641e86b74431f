// A resident registers on a phone for a session open to the public, gets the e-mail with the
// link to their own page, sees their programme there and cancels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, lastMail, screenshot, axeViolations, withDemo } from './support.mjs';

const demo = withDemo();

/**
 * The demo meeting (8–12 November) moved to next year as its own project, so that registration
 * is open whatever year the suite runs in: the server reads the system clock.
 */
function importFutureMeeting(dataDir) {
  const year = new Date().getUTCFullYear() + 1;
  const text = readFileSync(join(ROOT, 'demo/ttchan-daugavpils-2018.json'), 'utf8')
    .replaceAll('"2018-', `"${year}-`)
    .replace('"slug": "ttchan"', '"slug": "ttchan-next"');
  const file = join(dataDir, 'ttchan-next.json');
  writeFileSync(file, text);
  execFileSync(BIN, ['import', file, '--data-dir', dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function mailTo(dataDir, address) {
  for (let i = 0; i < 100; i++) {
    try {
      const mail = lastMail(dataDir);
      if (mail.includes(address)) return mail;
    } catch {
      /* not written yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no e-mail to ${address}`);
}

test('a resident registers for an open session on a phone, then cancels from their page', async () => {
  importFutureMeeting(demo.server.dataDir);
  const page = await (await demo.browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  const item = `${demo.server.base}/projects/ttchan-next/events/daugavpils-2018/programme/conference-university`;
  await page.goto(`${item}?lang=en`);
  assert.match(await page.locator('.registration').innerText(), /120 places left of 120/);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.waitForSelector('.error-summary');
  assert.deepEqual(await axeViolations(page), [], 'the form with its errors passes axe');

  await page.getByLabel('Name', { exact: true }).fill('Anna Bērziņa');
  await page.getByLabel('E-mail address').fill('anna@daugavpils.test');
  await page.getByLabel('Your town or organisation').fill('Daugavpils');
  await page.getByLabel('Country').selectOption('LV');
  await page.getByLabel('I have read how my data is used and agree.').check();
  await screenshot(page, 'journey-registration-360');
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByText('You have a place.').waitFor();

  const mail = await mailTo(demo.server.dataDir, 'anna@daugavpils.test');
  assert.match(mail, /Content-Type: text\/calendar/);
  const link = mail.match(/http:\/\/[^\s]+\/my\/m_[A-Za-z0-9_-]+/)?.[0];
  assert.ok(link, `a personal link in the e-mail:\n${mail}`);
  await page.goto(`${link}?lang=en`);
  const text = await page.locator('main').innerText();
  assert.match(text, /Hello Anna Bērziņa/);
  assert.match(text, /Place confirmed/);
  assert.deepEqual(await axeViolations(page), [], 'the personal page passes axe');
  await screenshot(page, 'journey-my-programme-360');
  const feed = await page.getByRole('link', { name: 'Download as a file (.ics)' }).getAttribute('href');
  const ics = await (await page.request.get(feed)).text();
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);

  await page.getByRole('button', { name: /Cancel/ }).click();
  await page.getByText('Your registration has been cancelled.').waitFor();
  await page.goto(`${item}?lang=en`);
  assert.match(await page.locator('.registration').innerText(), /120 places left of 120/);
});
