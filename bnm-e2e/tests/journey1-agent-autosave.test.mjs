// Journey 1: an agent logs in from the home page, opens the dossier, fills the Présentation section and one library
// by typing, leaves a field, closes the page, comes back: the values are there (autosave); the summary ticks the
// section and its missing list shrinks.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { autosaved, checkPage, launch, logIn, person, saveCarrying, screenshot } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

export const PRESENTATION = {
  commune: 'Ville-Démo',
  elected: { Nom: 'Durand-Évêque', Prénom: 'Hélène', Délégation: 'Adjointe à la culture', 'E-mail': 'h.durand@ville-demo.fr' },
  lead: { Nom: 'Lefèvre', Prénom: 'Théo', Poste: 'Directeur', 'Direction et service': 'Médiathèque municipale',
    'E-mail': 't.lefevre@ville-demo.fr', Téléphone: '03 20 00 00 00 (standard)' },
};
export const ELECTED = 'Élu référent du dossier';
export const LEAD = /^Agent référent identifié/;

/** Types into a field as a person does (what was there is selected and replaced). */
async function type(field, value) {
  await field.clear();
  await field.pressSequentially(value);
}

test('an agent types the Présentation and a library; autosave keeps them across a closed page', async () => {
  const agent = await person(browser, 'agent.demo');
  let page = await agent.page();
  await logIn(page, 'agent.demo');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Espace commune' }).click();
  await checkPage(page, 'Espace commune', { shot: 'espace-commune' });
  await page.getByRole('link', { name: 'AMI Bibliothèque Numérique Métropolitaine 2022' }).click();
  await checkPage(page, 'Dossier de candidature');
  const summaryUrl = page.url();
  await page.getByRole('link', { name: 'Présentation de la commune candidate' }).click();
  await checkPage(page, 'Dossier de candidature');
  const presentationUrl = page.url();

  await page.getByRole('radio', { name: 'Commune candidate' }).check();
  await type(page.getByLabel('Nom de la commune'), PRESENTATION.commune);
  const elected = page.getByRole('group', { name: ELECTED });
  for (const [label, value] of Object.entries(PRESENTATION.elected)) {
    await type(elected.getByLabel(label, { exact: true }), value);
  }
  const lead = page.getByRole('group', { name: LEAD });
  for (const [label, value] of Object.entries(PRESENTATION.lead)) {
    await type(lead.getByLabel(label, { exact: true }), value);
  }
  // leaving the last field saves
  const saved = saveCarrying(page, 'signature', PRESENTATION.lead.Téléphone);
  await page.getByRole('radio', { name: 'signature de l’élu référent' }).check();
  assert.equal(await page.getByLabel('Date', { exact: true }).isVisible(), false, 'a deliberation\'s date is hidden');
  await page.getByLabel('Nom de la commune').focus();
  assert.equal((await saved).status(), 200);
  await autosaved(page);
  await page.close();

  page = await agent.page();
  await page.goto(presentationUrl);
  await checkPage(page, 'Dossier de candidature');
  assert.equal(await page.getByRole('radio', { name: 'Commune candidate' }).isChecked(), true);
  assert.equal(await page.getByLabel('Nom de la commune').inputValue(), PRESENTATION.commune);
  for (const [label, value] of Object.entries(PRESENTATION.elected)) {
    assert.equal(await page.getByRole('group', { name: ELECTED }).getByLabel(label, { exact: true }).inputValue(), value, label);
  }
  for (const [label, value] of Object.entries(PRESENTATION.lead)) {
    assert.equal(await page.getByRole('group', { name: LEAD }).getByLabel(label, { exact: true }).inputValue(), value, label);
  }

  // the summary: what the Présentation listed as missing is gone; the rule that needs a library run by the commune
  // with a staff is the libraries' (linked to their list); that library's fields are missing
  await page.goto(summaryUrl);
  await checkPage(page, 'Dossier de candidature');
  const sections = page.getByRole('main').getByRole('list').first();
  const section = (name) => sections.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) }).first();
  const presentation = section('Présentation de la commune candidate');
  await presentation.getByText('✓ complète').waitFor({ timeout: 2000 });
  assert.doesNotMatch(await page.getByRole('main').innerText(), /\bR\d+\b/, 'no rule number shown');
  const libraries = section('Volet 1 — Les bibliothèques du dossier');
  const eligibility = libraries.getByRole('list').getByRole('link', { name: /régie directe/ });
  assert.equal(await eligibility.count(), 1);
  assert.match(await eligibility.getAttribute('href'), /#libs$/, 'linked to the list of libraries, which exists');
  assert.equal(await page.locator('#libs').count(), 1);

  // one library, typed: each value typed leaves the missing list
  const missingBefore = await section('Volet 1 — Bibliothèque 1').getByRole('list').getByRole('link').count();
  assert.ok(await page.getByRole('link', { name: /« Nom de l.établissement » est à renseigner/ }).count() === 1);
  await page.getByRole('link', { name: 'Volet 1 — Bibliothèque 1' }).first().click();
  await checkPage(page, 'Dossier de candidature');
  const typed = { 'Nom de l’établissement': 'Médiathèque du Centre', 'Nom, prénom du responsable': 'LEFÈVRE Théo',
    Adresse: '1 place de la Mairie', Téléphone: '03 20 00 00 01', 'E-mail': 'mediatheque@ville-demo.fr' };
  const presentationOfLibrary = page.getByRole('group', { name: 'Présentation de la bibliothèque municipale' });
  for (const [label, value] of Object.entries(typed)) {
    await type(presentationOfLibrary.getByLabel(label, { exact: true }), value);
  }
  await page.getByRole('group', { name: 'Mode de gestion de l’établissement' })
    .getByRole('radio', { name: 'régie directe (budget géré par la commune)' }).check();
  await type(page.getByRole('group', { name: 'Équipe' }).getByLabel('Nombre d’équivalents temps plein'), '2,5');
  const librarySaved = saveCarrying(page, ...Object.values(typed), '2,5');
  await presentationOfLibrary.getByLabel('Adresse URL du portail').focus();
  assert.equal((await librarySaved).status(), 200);
  await autosaved(page);
  await page.getByRole('heading', { name: 'Volet 1 — Bibliothèque 1' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'dossier-volet1');
  await page.close();

  page = await agent.page();
  await page.goto(summaryUrl);
  await checkPage(page, 'Dossier de candidature', { shot: 'dossier-sommaire' });
  assert.equal(await page.getByRole('link', { name: /« Nom de l.établissement » est à renseigner/ }).count(), 0);
  const sectionsAgain = page.getByRole('main').getByRole('list').first();
  const sectionAgain = (name) => sectionsAgain.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) }).first();
  assert.ok(await sectionAgain('Volet 1 — Bibliothèque 1').getByRole('list').getByRole('link').count() < missingBefore,
    'the library lists fewer missing values');
  await sectionAgain('Présentation de la commune candidate').getByText('✓ complète').waitFor({ timeout: 2000 });
  await page.getByRole('link', { name: 'Volet 1 — Bibliothèque 1' }).first().click();
  for (const [label, value] of Object.entries(typed)) {
    assert.equal(await page.getByRole('group', { name: 'Présentation de la bibliothèque municipale' })
      .getByLabel(label, { exact: true }).inputValue(), value, label);
  }
  agent.assertClean();
  await agent.close();
});
