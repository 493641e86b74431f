// The back office as its people use it: the admin makes an organiser, who invites a partner
// coordinator by e-mail; the coordinator creates an account from the link; the organiser
// translates a programme item into German and the public page shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, lastMail, screenshot, axeViolations, ADMIN, PROGRAMME, withDemo } from './support.mjs';

const demo = withDemo();

test('an organiser invites a partner coordinator, who joins from the e-mail', async () => {
  const admin = await (await demo.browser.newContext()).newPage();
  await signIn(admin, demo.server.base, ADMIN);
  await admin.goto(`${demo.server.base}/manage/projects/ttchan/people?lang=en`);
  await admin.getByLabel('E-mail address').fill('milica@raska.test');
  await admin.getByLabel('Role').selectOption('coordinator');
  await admin.getByLabel('Partner town').selectOption('raska');
  await admin.getByRole('button', { name: 'Send invitation' }).click();
  await admin.getByText('The invitation has been sent.').waitFor();

  // The demo has no SMTP server: the message is a file in the data directory. Wait for the outbox worker.
  let mail = '';
  for (let i = 0; i < 100 && !mail.includes('milica@raska.test'); i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      mail = lastMail(demo.server.dataDir);
    } catch {
      /* not written yet */
    }
  }
  const link = mail.match(/http:\/\/[^\s]+\/invitations\/i_[A-Za-z0-9_-]+/)?.[0];
  assert.ok(link, `an invitation link in the e-mail:\n${mail}`);

  const milica = await (await demo.browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true })).newPage();
  await milica.goto(`${link}?lang=sr-Latn`);
  assert.equal(await milica.getAttribute('html', 'lang'), 'sr-Latn');
  await milica.goto(`${link}?lang=en`);
  assert.deepEqual(await axeViolations(milica), [], 'the invitation page passes axe');
  await milica.getByLabel('Name', { exact: true }).fill('Milica Jovanović');
  await milica.getByLabel('New password').fill('the invitation came by mail');
  await screenshot(milica, 'journey-invitation-360');
  await milica.getByRole('button', { name: 'Create account and accept' }).click();
  await milica.waitForURL('**/manage/projects/ttchan');
  assert.match(await milica.locator('main').innerText(), /Partner coordinator \(Raška\)/);

  // The coordinator uploads her delegation from a spreadsheet and reads the report.
  await milica.getByRole('link', { name: /^People:/ }).click();
  await milica.waitForURL('**/events/daugavpils-2018/people');
  await milica.getByLabel('File (CSV or XLSX)').setInputFiles({
    name: 'raska.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'name;email;town;country;role;arrival_time;arrival_by;dietary\n' +
        'Milica Jovanović;milica@raska.test;Raška;RS;delegate;2018-11-08T10:00;plane;\n' +
        'Petar Petrović;;Raška;RS;speaker;;coach;vegetarian\n' +
        'Ana Marković;ana@raska;Raška;RS;delegate;;;\n',
    ),
  });
  await milica.getByRole('button', { name: 'Upload' }).click();
  await milica.getByText('Added: 2. Updated: 0. Rejected: 1.').waitFor();
  assert.match(await milica.locator('tr.rejected').innerText(), /email: Enter an e-mail address/);
  assert.deepEqual(await axeViolations(milica), [], 'the upload report passes axe');
  await screenshot(milica, 'journey-delegation-upload-360');
  await milica.getByRole('link', { name: 'Back to the list' }).click();
  const list = await milica.locator('main').innerText();
  assert.match(list, /Petar Petrović/);
  assert.match(list, /The delegation of Raška/);

  await admin.goto(`${demo.server.base}/manage/projects/ttchan/audit?lang=en`);
  assert.match(await admin.locator('main').innerText(), /invitation accepted/);
});

test('an organiser translates a programme item and the public page shows it', async () => {
  const page = await (await demo.browser.newContext()).newPage();
  await signIn(page, demo.server.base, ADMIN);
  await page.goto(`${demo.server.base}/manage/projects/ttchan/translations?lang=en`);
  await page.getByLabel('Language code').fill('de');
  await page.getByRole('button', { name: 'Add language' }).click();
  await page.getByText('The language has been added to the project.').waitFor();
  await page.getByRole('link', { name: 'German' }).first().click();
  await page.locator('[id="item/daugavpils-2018/torchlight-procession/title"]').fill('Fackelzug zum Lāčplēsis-Tag');
  await page.getByRole('button', { name: 'Save translations' }).click();
  await page.getByText('1 text changed').waitFor();
  // Programme texts reach the public when the programme is published.
  await page.goto(`${demo.server.base}/manage/projects/ttchan/events/daugavpils-2018?lang=en`);
  await page.getByRole('button', { name: 'Publish the programme' }).click();
  await page.getByText('The programme has been published.').waitFor();

  await page.goto(`${demo.server.base}${PROGRAMME}?lang=de`);
  assert.match(await page.locator('main').innerText(), /Fackelzug zum Lāčplēsis-Tag/);
});

test('an organiser adds a programme item, publishes, and the public programme and calendar show it', async () => {
  const page = await (await demo.browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, demo.server.base, ADMIN);
  await page.goto(`${demo.server.base}/manage/projects/ttchan?lang=en`);
  await page.getByRole('link', { name: /^Programme: / }).click();
  await page.getByRole('link', { name: 'Add a programme item' }).click();
  await page.getByLabel('Short name for the address').fill('youth-forum');
  await page.getByLabel(/^Title/).fill('Jauniešu forums par Eiropas nākotni');
  await page.getByLabel('Starts').fill('2018-11-12T11:30');
  await page.getByLabel('Ends').fill('2018-11-12T12:30');
  await page.getByLabel('Kind').selectOption('debate');
  await page.getByLabel('Open to the public').check();
  await page.getByLabel('Places').fill('60');
  await page.getByLabel('Daugavpils University').check();
  await screenshot(page, 'journey-add-item-360');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('The programme item has been saved.').waitFor();
  // A draft until published: the public does not see it yet.
  // (No ?lang= here: this request shares the page's cookies, and ?lang= would set one.)
  const before = await (await page.request.get(`${demo.server.base}${PROGRAMME}`)).text();
  assert.doesNotMatch(before, /Jauniešu forums/);
  await page.getByRole('button', { name: 'Publish the programme' }).click();
  await page.getByText('The programme has been published.').waitFor();

  await page.goto(`${demo.server.base}${PROGRAMME}?lang=lv`);
  assert.match(await page.locator('main').innerText(), /Jauniešu forums par Eiropas nākotni/);
  const ics = await (await page.request.get(`${demo.server.base}/projects/ttchan/events/daugavpils-2018/programme.ics`)).text();
  assert.match(ics, /UID:youth-forum\.daugavpils-2018\.ttchan@twinning/);
});
