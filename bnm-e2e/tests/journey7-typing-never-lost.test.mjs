// Journey 7: the form's second pass. An agent mistypes an e-mail, then types ten valid fields on the same page and
// closes the tab: the ten are saved, the wrong e-mail comes back as typed with its error beside it. No page of the
// form shows a developer's word (null, true, false, a rule code, an enum code); the summary lists what is missing in
// the form's order; an account that is the élu of commune A and an agent of commune B cannot sign B's dossier.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { api, CAMPAIGN, checkPage, commune, dossierUrl, launch, logIn, person, saveCarrying } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ELECTED = 'Élu référent du dossier';
const LEAD = /^Agent référent identifié/;
const TEN = [
  [null, 'Nom de la commune', 'Ville-Onze'],
  [ELECTED, 'Nom', 'Martin'], [ELECTED, 'Prénom', 'Claire'], [ELECTED, 'Délégation', 'Adjointe à la lecture publique'],
  [LEAD, 'Nom', 'Roux'], [LEAD, 'Prénom', 'Bastien'], [LEAD, 'Poste', 'Responsable'],
  [LEAD, 'Direction et service', 'Médiathèque'], [LEAD, 'E-mail', 'b.roux@ville-onze.fr'],
  [LEAD, 'Téléphone', '03 20 11 11 11'],
];

function field(page, [group, label]) {
  return (group ? page.getByRole('group', { name: group }) : page).getByLabel(label, { exact: true });
}

/** The texts that describe an input (its help, its error, what it still needs). */
async function description(input) {
  return input.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(' ')
    .map((id) => document.getElementById(id)?.textContent || '').join(' '));
}

/** Enum codes of the contract that are no French word of its texts (labels, titles, help): a page never shows them. */
function enumCodes() {
  const schema = JSON.parse(fs.readFileSync(new URL('../../bnm-module/src/main/resources/schema/ami-dossier.schema.json',
    import.meta.url)));
  const codes = new Set();
  const labels = [];
  (function walk(node) {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    (node.enum || []).filter((v) => typeof v === 'string').forEach((v) => codes.add(v));
    Object.values(node['x-labels'] || {}).forEach((l) => labels.push(l.toLowerCase()));
    ['title', 'description'].filter((k) => typeof node[k] === 'string').forEach((k) => labels.push(node[k].toLowerCase()));
    Object.values(node).forEach(walk);
  })(schema);
  const words = labels.join(' ');
  return [...codes].filter((c) => !new RegExp(`\\b${c.toLowerCase()}\\b`).test(words));
}

test('a refused value never costs the rest of the page, and comes back with its error', async () => {
  const town = await commune('saisie', 'Ville-Onze');
  const agent = await person(browser, town.agent);
  let page = await agent.page();
  await logIn(page, town.agent, town.password);
  await page.goto(dossierUrl(town.slug, 'presentation'));
  await checkPage(page, 'Dossier de candidature');

  const email = page.getByRole('group', { name: ELECTED }).getByLabel('E-mail', { exact: true });
  const firstSave = saveCarrying(page, 'claire.martin@ville-onze');
  await email.pressSequentially('claire.martin@ville-onze');
  await field(page, TEN[1]).focus();
  assert.equal((await firstSave).status(), 200, 'the page is saved, the wrong value set aside');
  await page.locator('#f-electedOfficial-email-erreur').waitFor();
  assert.match(await description(email), /adresse e-mail/i, 'its error is beside it at once, without a click');
  assert.equal(await email.getAttribute('aria-invalid'), 'true');

  const last = TEN[TEN.length - 1][2];
  const tenSaved = saveCarrying(page, last, 'claire.martin@ville-onze');
  for (const spec of TEN) {
    await field(page, spec).pressSequentially(spec[2]);
  }
  assert.equal((await tenSaved).status(), 200);
  await page.close();

  page = await agent.page();
  await page.goto(dossierUrl(town.slug, 'presentation'));
  await checkPage(page, 'Dossier de candidature');
  for (const spec of TEN) {
    assert.equal(await field(page, spec).inputValue(), spec[2], spec[1]);
  }
  const again = page.getByRole('group', { name: ELECTED }).getByLabel('E-mail', { exact: true });
  assert.equal(await again.inputValue(), 'claire.martin@ville-onze', 'the wrong e-mail is there, as typed');
  assert.match(await description(again), /adresse e-mail/i, 'with its error beside it');
  const stored = await api('GET', `/campaigns/${CAMPAIGN}/dossiers/${town.slug}`, null, town.agent, town.password);
  assert.equal(stored.body.projectLead.phone, last);
  assert.equal(stored.body.electedOfficial.email, null, 'the refused value is not in the dossier');

  // correcting it clears the error at the next save, without reloading
  const corrected = saveCarrying(page, 'claire.martin@ville-onze.fr');
  await again.fill('claire.martin@ville-onze.fr');
  await field(page, TEN[1]).focus();
  assert.equal((await corrected).status(), 200);
  await page.locator('#f-electedOfficial-email-erreur').waitFor({ state: 'detached' });
  assert.equal(await again.getAttribute('aria-invalid'), null);

  // no developer words on any page of the form, nor on the summary
  const codes = enumCodes();
  await page.goto(dossierUrl(town.slug));
  const summary = page.getByRole('main');
  const sections = await summary.locator('ol.sections > li > a').evaluateAll((links) => links.map((a) => a.href));
  for (const url of [page.url(), ...sections.filter((u) => u.includes('&s='))]) {
    await page.goto(url);
    const text = await page.getByRole('main').evaluate((main) => main.textContent);
    assert.doesNotMatch(text, /\b(null|true|false|undefined|NaN)\b/, url);
    assert.doesNotMatch(text, /\bR\d{1,2}\b/, url);
    assert.doesNotMatch(text, /\$comment|maxContains|draft 2020/, url);
    for (const code of codes) {
      assert.doesNotMatch(text, new RegExp(`\\b${code}\\b`), `${url}: ${code}`);
    }
  }

  // the summary's missing list of a library follows the form: its presentation before its team, budget, collections
  await page.goto(dossierUrl(town.slug));
  const library = page.locator('ol.sections > li').filter({ has: page.getByRole('link', { name: 'Volet 1 — Bibliothèque 1', exact: true }) });
  const anchors = await library.locator('ul.missing a').evaluateAll((links) => links.map((a) => a.hash));
  const order = ['presentation', 'team', 'audience', 'budget', 'collections', 'equipment', 'openingHoursPerWeek'];
  const ranks = anchors.map((hash) => order.findIndex((part) => hash.startsWith(`#f-libraries-0-${part}`)))
    .filter((rank) => rank >= 0);
  assert.ok(ranks.length > 5, anchors.join(' '));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `in form order: ${anchors.join(' ')}`);
  agent.assertClean();
  await agent.close();
});

test('the élu of commune A who is an agent of commune B does not see « Valider et signer » on B', async () => {
  const a = await commune('elu-a', 'Commune-A');
  const b = await commune('agent-b', 'Commune-B');
  const joined = await api('POST', `/tenants/${b.slug}/members`, { login: a.elected, role: 'agent' });
  assert.equal(joined.status, 200, JSON.stringify(joined.body));
  const elected = await person(browser, a.elected);
  const page = await elected.page();
  await logIn(page, a.elected, a.password);
  await page.goto(dossierUrl(a.slug));
  await checkPage(page, 'Dossier de candidature');
  assert.equal(await page.getByRole('button', { name: 'Valider et signer' }).count(), 1, 'on A, the élu signs');
  await page.goto(dossierUrl(b.slug));
  await checkPage(page, 'Dossier de candidature');
  assert.equal(await page.getByRole('button', { name: 'Valider et signer' }).count(), 0, 'on B, an agent does not');
  assert.equal(await page.getByRole('button', { name: 'Déposer le dossier' }).count(), 1, 'but files it');
  elected.assertClean();
  await elected.close();
});
