// Journey 6: the same dossier open in two tabs; both edit; the second tab's save is refused and each field that
// differs from the version saved meanwhile says what that version holds; nothing is lost.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, CAMPAIGN, checkPage, commune, dossierUrl, launch, logIn, person, saveCarrying } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ELECTED = 'Élu référent du dossier';
const LEAD = /^Agent référent identifié/;

test('two tabs edit the same section: the second tab sees, field by field, what was saved meanwhile', async () => {
  const town = await commune('conflit', 'Conflit-lès-Onglets');
  const agent = await person(browser, town.agent);
  // the stale tab's autosave gets 412 Precondition Failed: the browser logs that answer as an error
  agent.expectConsoleError(/status of 412 \(Precondition Failed\)/, { always: true });
  const first = await agent.page();
  await logIn(first, town.agent, town.password);
  await first.goto(dossierUrl(town.slug, 'presentation'));
  await checkPage(first, 'Dossier de candidature');
  // the dossier exists (a first value saved) when the second tab opens
  const created = saveCarrying(first, 'Conflit-lès-Onglets');
  await first.getByLabel('Nom de la commune').pressSequentially('Conflit-lès-Onglets');
  await first.getByRole('group', { name: ELECTED }).getByLabel('Nom', { exact: true }).focus();
  assert.equal((await created).status(), 200);
  const second = await agent.page();
  await second.goto(dossierUrl(town.slug, 'presentation'));
  await checkPage(second, 'Dossier de candidature');

  // the first tab saves the élu's name
  const firstSaved = saveCarrying(first, 'Onglet-Un');
  await first.getByRole('group', { name: ELECTED }).getByLabel('Nom', { exact: true }).pressSequentially('Onglet-Un');
  await first.getByRole('group', { name: ELECTED }).getByLabel('Prénom', { exact: true }).focus();
  assert.equal((await firstSaved).status(), 200);

  // the second tab, opened before, types the agent's name: its autosave is refused and says why, beside each field
  const refused = saveCarrying(second, 'Onglet-Deux');
  await second.getByRole('group', { name: LEAD }).getByLabel('Nom', { exact: true }).pressSequentially('Onglet-Deux');
  await second.getByRole('group', { name: LEAD }).getByLabel('Prénom', { exact: true }).focus();
  assert.equal((await refused).status(), 412);
  await second.getByRole('status').filter({ hasText: 'le dossier a été modifié par ailleurs' }).waitFor();
  const stored = await api('GET', `/campaigns/${CAMPAIGN}/dossiers/${town.slug}`, null, town.agent, town.password);
  assert.equal(stored.body.electedOfficial.lastName, 'Onglet-Un', 'the refused save changed nothing');
  assert.equal(stored.body.projectLead.lastName, null);
  const electedName = second.getByRole('group', { name: ELECTED }).getByLabel('Nom', { exact: true });
  const description = await electedName.evaluate((input) => input.getAttribute('aria-describedby')
    .split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' '));
  assert.match(description, /la version enregistrée indique « Onglet-Un »/, 'the field says what the other tab saved');
  assert.equal(await second.getByRole('group', { name: LEAD }).getByLabel('Nom', { exact: true }).inputValue(), 'Onglet-Deux',
    'the form keeps this tab\'s input');

  // a reload keeps it too: what this tab typed is kept, with the other version beside it
  await second.reload();
  await checkPage(second, 'Dossier de candidature', { shot: 'dossier-conflit' });
  assert.equal(await second.getByRole('group', { name: LEAD }).getByLabel('Nom', { exact: true }).inputValue(), 'Onglet-Deux');
  assert.match(await second.locator('#f-electedOfficial-lastName-erreur').innerText(), /« Onglet-Un »/);

  // the person takes the other tab's value over and saves: both are stored
  await second.getByRole('group', { name: ELECTED }).getByLabel('Nom', { exact: true }).fill('Onglet-Un');
  const merged = second.waitForNavigation();
  await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await merged;
  await checkPage(second, 'Dossier de candidature');
  assert.doesNotMatch(second.url(), /ok=|erreur=/, 'no message in the URL');
  await second.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
  const both = await api('GET', `/campaigns/${CAMPAIGN}/dossiers/${town.slug}`, null, town.agent, town.password);
  assert.equal(both.body.electedOfficial.lastName, 'Onglet-Un');
  assert.equal(both.body.projectLead.lastName, 'Onglet-Deux');
  assert.equal(await second.locator('.field-error').count(), 0, 'nothing left to correct');
  agent.assertClean();
  await agent.close();
});
