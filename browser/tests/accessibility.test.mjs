// WCAG 2.1 AA by axe-core on every public and back-office page of the demo, no horizontal
// scrolling at 360 and 1280 pixels (screenshots of both kept for review), visible focus, and
// the sign-in journey by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signIn, nextAdminCode, axeViolations, screenshot, tabTo, tabToId, ADMIN, PASSWORD, PROGRAMME, withDemo } from './support.mjs';

const PUBLIC = [
  ['home', '/'],
  ['project', '/projects/ttchan'],
  ['partners', '/projects/ttchan/partners'],
  ['event', '/projects/ttchan/events/daugavpils-2018'],
  ['programme', PROGRAMME],
  ['publication', '/projects/ttchan/events/daugavpils-2018/publication'],
  ['news', '/projects/ttchan/news'],
  ['item', `${PROGRAMME}/memorandum-raska`],
  ['town', '/towns/raska'],
  ['venue', '/venues/aglona-basilica'],
  ['signin', '/signin'],
  ['password-reset', '/password-reset'],
  ['not-found', '/projects/nope'],
];
const BACK_OFFICE = [
  ['account', '/account'],
  ['manage', '/manage'],
  ['manage-project', '/manage/projects/ttchan'],
  ['people', '/manage/projects/ttchan/people'],
  ['audit', '/manage/projects/ttchan/audit'],
  ['translations', '/manage/projects/ttchan/translations'],
  ['translation-editor', '/manage/projects/ttchan/translations/en'],
  ['programme-checks', '/manage/projects/ttchan/events/daugavpils-2018/checks'],
  ['programme-editor', '/manage/projects/ttchan/events/daugavpils-2018'],
  ['item-new', '/manage/projects/ttchan/events/daugavpils-2018/items/new'],
  ['event-clone', '/manage/projects/ttchan/events/daugavpils-2018/clone'],
  ['item-edit', '/manage/projects/ttchan/events/daugavpils-2018/items/memorandum-raska'],
  ['project-new', '/manage/projects/new'],
  ['project-settings', '/manage/projects/ttchan/settings'],
  ['partners', '/manage/projects/ttchan/partners'],
  ['venues', '/manage/projects/ttchan/venues'],
  ['venue-new', '/manage/projects/ttchan/venues/new'],
  ['venue-edit', '/manage/projects/ttchan/venues/aglona-basilica'],
  ['event-new', '/manage/projects/ttchan/events/new'],
  ['event-settings', '/manage/projects/ttchan/events/daugavpils-2018/settings'],
  ['event-people', '/manage/projects/ttchan/events/daugavpils-2018/people'],
  ['eligibility', '/manage/projects/ttchan/eligibility'],
  ['report', '/manage/projects/ttchan/report'],
  ['news-manage', '/manage/projects/ttchan/news'],
  ['news-new', '/manage/projects/ttchan/news/new'],
  ['photos', '/manage/projects/ttchan/events/daugavpils-2018/photos'],
  ['person-new', '/manage/projects/ttchan/events/daugavpils-2018/people/new'],
  ['checkin', '/manage/projects/ttchan/events/daugavpils-2018/checkin'],
  ['badges', '/manage/projects/ttchan/events/daugavpils-2018/badges'],
  ['admin', '/admin'],
  ['security-log', '/admin/security'],
  ['two-step', '/account/totp'],
];

const demo = withDemo();

/** Checks one page at one width in one language; returns problems found. */
async function check(page, name, path, width, lang) {
  const problems = [];
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${demo.server.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  for (const v of await axeViolations(page)) problems.push(`${name} ${width}px ${lang}: ${v}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${name} ${width}px ${lang}: scrolls ${overflow}px sideways`);
  await screenshot(page, `${name}-${lang}-${width}`);
  return problems;
}

test('every public page passes axe and fits 360 and 1280 pixels', async () => {
  // A context that lets axe's script in past the page's strict CSP.
  const context = await demo.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  for (const [name, path] of PUBLIC) {
    for (const width of [360, 1280]) problems.push(...(await check(page, name, path, width, 'lv')));
  }
  // The longest words: German and Lithuanian on a phone.
  for (const lang of ['de', 'lt', 'sr-Cyrl']) problems.push(...(await check(page, 'programme', PROGRAMME, 360, lang)));
  await context.close();
  assert.deepEqual(problems, []);
});

test('every back-office page passes axe and fits 360 and 1280 pixels', async () => {
  const context = await demo.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, demo.server.base, ADMIN);
  const problems = [];
  for (const [name, path] of BACK_OFFICE) {
    for (const width of [360, 1280]) problems.push(...(await check(page, name, path, width, 'en')));
  }
  // A form with its errors shown is checked too.
  await page.goto(`${demo.server.base}/account?lang=en`);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.waitForSelector('.error-summary');
  for (const v of await axeViolations(page)) problems.push(`account with errors: ${v}`);
  // And a generated form (the new project) with errors beside its fields.
  await page.goto(`${demo.server.base}/manage/projects/new?lang=en`);
  await page.getByRole('button', { name: 'Start the project' }).click();
  await page.waitForSelector('.error-summary');
  for (const v of await axeViolations(page)) problems.push(`new project with errors: ${v}`);
  await context.close();
  assert.deepEqual(problems, []);
});

test('signing in works by keyboard alone, with the focus visible', async () => {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.server.base}/signin?lang=en`);
  // The first Tab reaches the skip link, which is visible when focused.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  const skipBox = await page.locator('.skip').boundingBox();
  assert.ok(skipBox && skipBox.x >= 0 && skipBox.y >= 0, 'the skip link comes into view');
  // Tab on until the e-mail field, as a keyboard user would.
  for (let i = 0; i < 15 && (await page.evaluate(() => document.activeElement.id)) !== 'email'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'email');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.type(ADMIN);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'password');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  // The admin's second step: the code, typed too.
  await page.waitForURL(/\/signin\/totp/);
  await page.getByLabel('Code').focus();
  await page.keyboard.type(await nextAdminCode());
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/account/);
  assert.match(await page.locator('h1').innerText(), /Your account/);
  await context.close();
});

test('an organiser adds a programme item and publishes it by keyboard alone', async () => {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  await signIn(page, demo.server.base, ADMIN);
  // The instance admin holds no project role, so starts at the project's back office.
  await page.goto(`${demo.server.base}/manage/projects/ttchan?lang=en`);
  await tabTo(page, /^Programme: /);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/manage/projects/ttchan/events/daugavpils-2018');
  await tabTo(page, /^Add a programme item$/);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/items/new');
  await tabToId(page, 'slug');
  await page.keyboard.type('keyboard-walk');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pastaiga gar Daugavu');
  // The suggested times (the first day, 09:00–10:00) are kept; the kind is chosen with the arrows.
  await tabToId(page, 'kind');
  await page.keyboard.press('End');
  await tabToId(page, 'description');
  await page.keyboard.type('Pastaiga, ko ievadījām tikai ar tastatūru.');
  await tabTo(page, /^Save$/);
  await page.keyboard.press('Enter');
  await page.getByText('The programme item has been saved.').waitFor();
  await tabTo(page, /^Publish the programme$/);
  await page.keyboard.press('Enter');
  await page.getByText('The programme has been published.').waitFor();
  const programme = await (await page.request.get(`${demo.server.base}${PROGRAMME}`)).text();
  assert.match(programme, /Pastaiga gar Daugavu/);
  await context.close();
});
