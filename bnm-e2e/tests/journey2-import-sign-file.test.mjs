// Journey 2: the agent imports the Armentières JSON for the rest of the dossier; the elected official logs in,
// validates and signs; the agent files; downloads the PDF and the receipt (PDFs naming the commune); the dossier is
// read-only.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { checkPage, commune, dossierUrl, launch, logIn, person } from '../lib/harness.mjs';
import { isPdf, pdfText } from '../lib/pdf.mjs';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)),
  '../../bnm-module/src/test/resources/fixtures/armentieres-2022.json');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openDossier(page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Espace commune' }).click();
  await checkPage(page, 'Espace commune');
  await page.getByRole('link', { name: 'AMI Bibliothèque Numérique Métropolitaine 2022' }).click();
  await checkPage(page, 'Dossier de candidature');
}

test('import, the élu signs, the agent files; PDF and receipt name the commune; the dossier is read-only', async () => {
  const town = await commune('armentieres', 'Armentières', { agentName: 'Sandrine Vansteelant', electedName: 'Jean-Michel Monpays' });

  const agent = await person(browser, town.agent);
  const page = await agent.page();
  await logIn(page, town.agent, town.password);
  await openDossier(page);
  await page.getByLabel('Importer un dossier (fichier JSON, par exemple celui de l\'an passé)').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await checkPage(page, 'Dossier de candidature');
  await page.getByRole('status').filter({ hasText: /import/i }).first().waitFor();
  assert.match(await page.getByRole('main').innerText(), /Sections complètes : 100 %/);

  const elected = await person(browser, town.elected);
  const electedPage = await elected.page();
  await logIn(electedPage, town.elected, town.password);
  await openDossier(electedPage);
  await electedPage.getByRole('button', { name: 'Valider et signer cette version (élu référent)' }).click();
  await checkPage(electedPage, 'Dossier de candidature');
  assert.match(await electedPage.getByRole('main').innerText(), /sign/i);
  assert.doesNotMatch(await electedPage.getByRole('main').innerText(), /Pas encore signé/);

  await page.reload();
  await checkPage(page, 'Dossier de candidature');
  assert.doesNotMatch(await page.getByRole('main').innerText(), /Pas encore signé/);
  await page.getByRole('button', { name: 'Déposer le dossier' }).click();
  await checkPage(page, 'Dossier de candidature', { shot: 'dossier-depose' });
  const main = page.getByRole('main');
  await main.getByText('Attestation de dépôt — empreinte SHA-256 du dossier déposé :').waitFor();
  assert.match(await main.innerText(), /[0-9a-f]{64}/);

  const pdfs = [
    ['Version imprimable du dossier (PDF)', 'Dossier AMI BNM — Armentières', ['Dossier de candidature : Armentières', 'Statut : Déposé']],
    ['Attestation de dépôt (PDF)', 'Attestation de dépôt — Armentières', ['ATTESTATION DE DÉPÔT', 'Armentières']],
  ];
  for (const [link, title, lines] of pdfs) {
    const href = await main.getByRole('link', { name: link }).getAttribute('href');
    const response = await page.request.get(href);
    assert.equal(response.status(), 200, link);
    assert.match(response.headers()['content-type'], /^application\/pdf/, link);
    const bytes = await response.body();
    assert.ok(isPdf(bytes), `${link} is a PDF`);
    const text = pdfText(bytes).split('\n');
    assert.ok(text.includes(title), `${link}: its title names the commune`);
    for (const line of lines) assert.ok(text.includes(line), `${link} shows « ${line} »`);
  }

  // filed: read-only, no save, no import, no sign
  assert.equal(await main.getByRole('button', { name: 'Déposer le dossier' }).count(), 0);
  assert.equal(await main.getByRole('button', { name: 'Importer', exact: true }).count(), 0);
  await main.getByRole('link', { name: 'Présentation de la commune candidate' }).click();
  await checkPage(page, 'Dossier de candidature');
  assert.equal(await page.getByRole('button', { name: 'Enregistrer' }).count(), 0);
  const communeName = page.getByLabel('Nom de la commune');
  assert.equal(await communeName.inputValue(), 'ARMENTIERES');
  assert.ok(await communeName.isDisabled(), 'a filed dossier\'s fields are read-only');

  agent.assertClean();
  elected.assertClean();
  await agent.close();
  await elected.close();
});
