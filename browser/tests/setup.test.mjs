// A new organiser, allowed by the admin to start projects, builds a three-day meeting from
// nothing — project, partner, venues, meeting, programme — publishes it, and the public
// page and the calendar feed show it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, screenshot, axeViolations, createAccount, withDemo } from './support.mjs';

const demo = withDemo();

test('a new organiser enters a multi-day programme from nothing and publishes it', async () => {
  createAccount(demo.server.dataDir, 'ruta@preili.test', 'Rūta Organiser', '--may-start-projects');
  const page = await (await demo.browser.newContext()).newPage();
  const base = demo.server.base;
  await signIn(page, base, 'ruta@preili.test');

  await page.goto(`${base}/manage?lang=en`);
  await page.getByRole('link', { name: 'Start a project' }).click();
  await page.getByLabel('Short name for the address').fill('unity-2026');
  await page.getByLabel('Acronym').fill('UNITY');
  await page.getByLabel('Title', { exact: true }).fill('Unity in diversity');
  await page.getByLabel("Town's own name").fill('Preiļi');
  await page.getByLabel('Country').selectOption('LV');
  await page.getByLabel('Languages of the project').fill('en, lv');
  await page.getByLabel('Project starts').fill('2026-01-01');
  await page.getByLabel('Project ends').fill('2026-12-31');
  await page.getByLabel('Funding programme').fill('CERV');
  await screenshot(page, 'journey-new-project');
  await page.getByRole('button', { name: 'Start the project' }).click();
  await page.waitForURL('**/manage/projects/unity-2026?done=created');

  await page.getByRole('link', { name: 'Partner towns' }).click();
  await page.getByLabel('Partner town', { exact: true }).selectOption('raska');
  await page.getByLabel('Partner', { exact: true }).check();
  await page.getByRole('button', { name: 'Add a partner town' }).click();
  await page.getByText('The partner town has been added.').waitFor();

  for (const [slug, name, coordinates] of [
    ['preili-manor', 'Preiļi manor', 'https://www.openstreetmap.org/#map=18/56.29470/26.72460'],
    ['preili-culture-house', 'Preiļi culture house', '56.2921, 26.7249'],
  ]) {
    await page.goto(`${base}/manage/projects/unity-2026/venues?lang=en`);
    await page.getByRole('link', { name: 'Add a venue' }).click();
    await page.getByLabel('Short name for the address').fill(slug);
    await page.getByLabel('Name (English)').fill(name);
    await page.getByLabel('Coordinates').fill(coordinates);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The venue has been saved.').waitFor();
  }

  await page.goto(`${base}/manage/projects/unity-2026?lang=en`);
  await page.getByRole('link', { name: 'Add a meeting' }).click();
  assert.equal(await page.getByLabel('Time zone').inputValue(), 'Europe/Riga', 'guessed from the host town');
  await page.getByLabel('Short name for the address').fill('preili-2026');
  await page.getByLabel('Title (English)').fill('Youth forum in Preiļi');
  await page.getByLabel('First day').fill('2026-09-10');
  await page.getByLabel('Last day').fill('2026-09-12');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL('**/manage/projects/unity-2026/events/preili-2026');

  const items = [
    ['arrival', 'Arrival of the delegations', '2026-09-10T15:00', '2026-09-10T17:00', 'arrival', 'preili-manor'],
    ['debate', 'Debate: young people and their town', '2026-09-11T10:00', '2026-09-11T12:30', 'debate', 'preili-culture-house'],
    ['evening', 'Cultural evening', '2026-09-11T19:00', '2026-09-11T22:00', 'cultural_evening', 'preili-manor'],
    ['evaluation', 'Evaluation and farewell', '2026-09-12T10:00', '2026-09-12T11:30', 'evaluation', 'preili-manor'],
  ];
  for (const [slug, title, starts, ends, kind, venue] of items) {
    await page.getByRole('link', { name: 'Add a programme item' }).click();
    await page.getByLabel('Short name for the address').fill(slug);
    await page.getByLabel('Title (English)').fill(title);
    await page.getByLabel('Starts').fill(starts);
    await page.getByLabel('Ends').fill(ends);
    await page.getByLabel('Kind').selectOption(kind);
    await page.locator(`input[name="venue"][value="${venue}"]`).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The programme item has been saved.').waitFor();
  }
  await page.getByRole('button', { name: 'Publish the programme' }).click();
  await page.getByText('The programme has been published.').waitFor();
  await screenshot(page, 'journey-new-programme-editor');

  const visitor = await (await demo.browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await visitor.goto(`${base}/projects/unity-2026/events/preili-2026/programme?lang=en`);
  const text = await visitor.locator('main').innerText();
  for (const [, title] of items) assert.match(text, new RegExp(title), `${title} on the public programme`);
  assert.equal(await visitor.locator('section.day').count(), 3, 'three days');
  assert.match(text, /Preiļi culture house/);
  assert.deepEqual(await axeViolations(visitor), []);
  await screenshot(visitor, 'journey-new-programme-public-360');

  const ics = await (await visitor.request.get(`${base}/projects/unity-2026/events/preili-2026/programme.ics`)).text();
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 4);
  assert.match(ics, /DTSTART;TZID=Europe\/Riga:20260911T100000/);
  assert.match(ics, /SUMMARY:Debate: young people and their town/);
});
