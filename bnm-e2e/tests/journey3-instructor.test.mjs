// Journey 3: a MEL instructor finds a filed dossier in the review queue, assigns it to herself, writes a private
// note, returns the dossier to the commune with a comment; the commune's agent reads the comment, never the note.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { api, CAMPAIGN, checkPage, commune, dossierUrl, launch, logIn, person } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SEED = JSON.parse(fs.readFileSync(new URL('../../bnm-module/src/test/resources/fixtures/armentieres-2022.json',
  import.meta.url)));

test('an instructor reviews a filed dossier and returns it with a comment the commune reads', async () => {
  const town = await commune('instruction', 'Ville-Instruite');
  const dossier = `/campaigns/${CAMPAIGN}/dossiers/${town.slug}`;
  assert.equal((await api('PUT', dossier, SEED, town.agent, town.password)).status, 200);
  assert.equal((await api('POST', `${dossier}/sign`, null, town.elected, town.password)).status, 200);
  assert.equal((await api('POST', `${dossier}/submit`, null, town.agent, town.password)).status, 200);

  const instructor = await person(browser, 'instructeur.demo');
  const page = await instructor.page();
  await logIn(page, 'instructeur.demo');
  await page.getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Instruction des dossiers' }).click();
  await checkPage(page, 'Instruction des dossiers', { shot: 'instruction-file' });
  await page.getByLabel('Commune ou réseau').fill('Ville-Instruite');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await checkPage(page, 'Instruction des dossiers');
  await page.getByRole('link', { name: 'Ville-Instruite' }).click();
  await checkPage(page, 'Examen du dossier');

  await page.getByRole('button', { name: 'M\'attribuer ce dossier' }).click();
  await page.getByRole('status').filter({ hasText: 'Le dossier vous est attribué.' }).waitFor();
  const note = 'Vérifier le budget avec la DGS';
  await page.getByLabel('Nouvelle note').fill(note);
  await page.getByRole('button', { name: 'Ajouter la note' }).click();
  await page.getByText(note).waitFor();

  // « À compléter » needs a comment: the form says so and keeps the page
  await page.getByRole('button', { name: 'Passer en instruction' }).click();
  await page.getByRole('status').filter({ hasText: 'En instruction' }).first().waitFor();
  await page.getByRole('button', { name: 'Renvoyer à la commune pour correction' }).click();
  await page.getByRole('alert').filter({ hasText: 'commentaire' }).waitFor();
  await page.getByLabel('Commentaire pour la commune').fill('Merci de préciser le budget 2021.');
  await page.getByRole('button', { name: 'Renvoyer à la commune pour correction' }).click();
  await page.getByRole('status').filter({ hasText: 'À compléter' }).first().waitFor();
  await checkPage(page, 'Examen du dossier', { shot: 'instruction-examen' });
  instructor.assertClean();
  await instructor.close();

  const agent = await person(browser, town.agent);
  const own = await agent.page();
  await logIn(own, town.agent, town.password);
  await own.goto(dossierUrl(town.slug));
  await checkPage(own, 'Dossier de candidature');
  const main = await own.getByRole('main').innerText();
  assert.match(main, /Merci de préciser le budget 2021\./, 'the commune reads the comment');
  assert.doesNotMatch(main, new RegExp(note), 'never the private note');
  assert.equal(await own.getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Instruction des dossiers' }).count(), 0, 'no instruction menu for a commune');
  agent.assertClean();
  await agent.close();
});
