// Hostile content: a tenant name, display names and dossier fields carrying <img onerror>, <script> and javascript:
// links render as text on every page that shows them. A dialog, a page error or a console error fails the test.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, CAMPAIGN, checkPage, dossierUrl, launch, logIn, person } from '../lib/harness.mjs';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const LINK = '<a href="javascript:alert(1)">clic</a>';
const JS = 'javascript:alert(1)';
const TENANT = `Commune ${IMG} & ${SCRIPT}`;
const AGENT = `${SCRIPT} Agent`;
const ELECTED = `Élu ${IMG}`;
const PASSWORD = 'mot-de-passe-e2e-2022';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The page shows each text as typed, and nothing of it became markup: no image, no script run, no javascript: link. */
async function rendersAsText(page, texts) {
  const main = page.getByRole('main');
  const shown = await page.locator('body').innerText();
  const values = await page.getByRole('textbox').evaluateAll((fields) => fields.map((f) => f.value));
  for (const text of texts) {
    assert.ok(shown.includes(text) || values.some((v) => v.includes(text)), `« ${text} » shown as text on ${page.url()}`);
  }
  assert.equal(await page.getByRole('img').count(), 0, `no image injected on ${page.url()}`);
  assert.equal(await main.getByRole('link', { name: 'clic' }).count(), 0, `no link injected on ${page.url()}`);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('a[href]')]
    .filter((a) => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length), 0);
  assert.equal(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length), 0, 'no inline script');
}

test('hostile names and dossier values render as text on every page that shows them', async () => {
  const slug = `hostile-${Date.now().toString(36)}`;
  assert.equal((await api('POST', '/tenants', { slug, name: TENANT, kind: 'commune' })).status, 201);
  assert.equal((await api('POST', `/tenants/${slug}/users`, { login: `agent.${slug}`, password: PASSWORD, displayName: AGENT,
    email: `agent@${slug}.example.org`, role: 'agent' })).status, 201);
  assert.equal((await api('POST', `/tenants/${slug}/users`, { login: `elu.${slug}`, password: PASSWORD, displayName: ELECTED,
    email: `elu@${slug}.example.org`, role: 'elected' })).status, 201);

  const agent = await person(browser, `agent.${slug}`);
  const page = await agent.page();
  await logIn(page, `agent.${slug}`, PASSWORD);
  await rendersAsText(page, [AGENT]);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Espace commune' }).click();
  await checkPage(page, 'Espace commune');
  await rendersAsText(page, [TENANT, AGENT, ELECTED]);
  await page.getByRole('link', { name: 'AMI Bibliothèque Numérique Métropolitaine 2022' }).click();
  await checkPage(page, 'Dossier de candidature');
  await rendersAsText(page, [TENANT]);

  // dossier values, typed and saved
  await page.getByRole('link', { name: 'Présentation de la commune candidate', exact: true }).click();
  await checkPage(page, 'Dossier de candidature');
  const elected = page.getByRole('group', { name: 'Élu référent du dossier' });
  await page.getByLabel('Nom de la commune').fill(IMG);
  await elected.getByLabel('Nom', { exact: true }).fill(JS);
  await elected.getByLabel('Prénom', { exact: true }).fill(SCRIPT);
  await elected.getByLabel('Délégation', { exact: true }).fill(LINK);
  await elected.getByLabel('E-mail', { exact: true }).fill('elu@example.org');
  const saved = page.waitForNavigation();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await saved;
  await checkPage(page, 'Dossier de candidature');
  const confirmation = page.getByRole('main').getByRole('status').filter({ hasText: /^\s*Enregistré\.\s*$/ });
  assert.ok(await confirmation.first().isVisible(), `the confirmation « Enregistré. » is shown on ${page.url()}`);
  await rendersAsText(page, [IMG, JS, SCRIPT, LINK]);
  const stored = await api('GET', `/campaigns/${CAMPAIGN}/dossiers/${slug}`, null, `agent.${slug}`, PASSWORD);
  assert.equal(stored.body.electedOfficial.delegation, LINK, 'stored as typed');

  await page.goto(dossierUrl(slug));
  await checkPage(page, 'Dossier de candidature');
  await rendersAsText(page, [TENANT]);
  await page.getByRole('banner').getByRole('link', { name: AGENT }).click();
  await checkPage(page, 'Mon compte');
  await rendersAsText(page, [AGENT]);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Espace commune' }).click();
  await checkPage(page, 'Espace commune');
  await rendersAsText(page, [TENANT, AGENT, ELECTED]);
  agent.assertClean();
  await agent.close();

  // the MEL admin finds the commune and its accounts in the lists, and on the commune's own page
  for (const [login, pagePath, title, texts] of [
    ['admin.demo', `/content/bnm/administration.html?q=${slug}`, 'Administration', [TENANT]],
    ['admin.demo', `/content/bnm/administration.html?vue=comptes&q=${slug}`, 'Administration', [AGENT, ELECTED]],
    ['admin.demo', `/content/bnm/administration/espace.html?t=${slug}`, 'Commune ou réseau', [TENANT, AGENT, ELECTED]],
  ]) {
    const staff = await person(browser, login);
    const staffPage = await staff.page();
    await logIn(staffPage, login);
    await staffPage.goto(pagePath);
    await checkPage(staffPage, title, { shot: login === 'admin.demo' ? 'administration' : undefined });
    await rendersAsText(staffPage, texts);
    staff.assertClean();
    await staff.close();
  }
});
