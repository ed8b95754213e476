// Journey 5: journey 1 with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows inside a radio group); the
// focus is visible at every stop and the skip link takes the focus to the content.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertLoggedIn, autosaved, checkPage, commune, launch, person, saveCarrying, SITE } from '../lib/harness.mjs';
import { assertFocused, follow, tabTo } from '../lib/keyboard.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('keyboard only: skip link, log in, fill the Présentation, the values are saved', async () => {
  const town = await commune('clavier', 'Clavier-sur-Deûle');
  const agent = await person(browser, town.agent);
  const page = await agent.page();
  await page.goto('/');
  await checkPage(page, SITE);

  // the skip link comes first and takes the focus to the content
  await page.keyboard.press('Tab');
  await assertFocused(page.getByRole('link', { name: 'Aller au contenu' }), 'the skip link');
  await page.keyboard.press('Enter');
  await assertFocused(page.getByRole('main'), 'the main content');
  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Accéder à l\'espace commune' }));
  // Shift+Tab back to the header's « Se connecter »
  await tabTo(page, page.getByRole('banner').getByRole('link', { name: 'Se connecter' }), { back: true });
  await follow(page);
  await checkPage(page, 'Connexion');
  // the login form gives the focus to its first field
  await assertFocused(page.getByLabel('Identifiant'), 'the login field');
  await page.keyboard.type(town.agent);
  await tabTo(page, page.getByLabel('Mot de passe'));
  await page.keyboard.type(town.password);
  await follow(page);
  await page.waitForLoadState('load');
  await assertLoggedIn(page);

  await tabTo(page, page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Espace commune' }));
  await follow(page);
  await checkPage(page, 'Espace commune');
  await tabTo(page, page.getByRole('link', { name: 'AMI Bibliothèque Numérique Métropolitaine 2022' }));
  await follow(page);
  await checkPage(page, 'Dossier de candidature');
  await tabTo(page, page.getByRole('link', { name: 'Présentation de la commune candidate', exact: true }));
  await follow(page);
  await checkPage(page, 'Dossier de candidature');
  const url = page.url();

  // a radio group: Tab reaches its checked radio, the arrows choose
  const kind = page.getByRole('group', { name: 'Type de candidature' });
  await tabTo(page, kind.getByRole('radio', { name: 'Non renseigné' }));
  await page.keyboard.press('ArrowDown'); // wraps to the first choice
  assert.ok(await kind.getByRole('radio', { name: 'Commune candidate' }).isChecked());

  await tabTo(page, page.getByLabel('Nom de la commune'));
  await page.keyboard.type('Clavier-sur-Deûle');
  const elected = page.getByRole('group', { name: 'Élu référent du dossier' });
  await tabTo(page, elected.getByLabel('Nom', { exact: true }));
  await page.keyboard.type('Martin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Louise');
  // Shift+Tab back to correct the name
  await tabTo(page, elected.getByLabel('Nom', { exact: true }), { back: true });
  await page.keyboard.press('End');
  await page.keyboard.type('-Leroy');
  const saved = saveCarrying(page, 'Martin-Leroy', 'Louise', 'Clavier-sur-Deûle', 'commune');
  await tabTo(page, elected.getByLabel('Délégation', { exact: true }));
  assert.equal((await saved).status(), 200);
  await autosaved(page);

  // the validation mode by the arrows
  const validation = page.getByRole('group', { name: 'Mode de validation' });
  await tabTo(page, validation.getByRole('radio', { name: 'Non renseigné' }));
  await page.keyboard.press('ArrowDown');
  assert.ok(await validation.getByRole('radio', { name: 'signature de l’élu référent' }).isChecked());
  // the form's own button, with Space
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer', exact: true }));
  await follow(page, 'Space');
  await page.waitForLoadState('load');
  await checkPage(page, 'Dossier de candidature');
  await page.getByRole('main').getByRole('status').filter({ hasText: /enregistr/i }).first().waitFor();

  await page.goto(url);
  assert.ok(await page.getByRole('radio', { name: 'Commune candidate' }).isChecked());
  assert.ok(await page.getByRole('group', { name: 'Mode de validation' }).getByRole('radio', { name: 'signature de l’élu référent' }).isChecked());
  assert.equal(await page.getByLabel('Nom de la commune').inputValue(), 'Clavier-sur-Deûle');
  assert.equal(await page.getByRole('group', { name: 'Élu référent du dossier' }).getByLabel('Nom', { exact: true }).inputValue(), 'Martin-Leroy');
  assert.equal(await page.getByRole('group', { name: 'Élu référent du dossier' }).getByLabel('Prénom', { exact: true }).inputValue(), 'Louise');
  agent.assertClean();
  await agent.close();
});
