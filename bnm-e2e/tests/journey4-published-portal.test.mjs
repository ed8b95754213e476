// Journey 4: the published portal. A MEL editor writes a FAQ question whose answer carries a script, an image with
// onerror and a javascript: link, previews it (sanitized), publishes it; a visitor finds it by a word of its answer in
// another inflection. A dossier the MEL accepts puts its library into the public directory; an instructor reads the
// campaign's figures, each chart with its data table.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { api, CAMPAIGN, checkPage, commune, launch, logIn, person, SITE } from '../lib/harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SEED = JSON.parse(fs.readFileSync(new URL('../../bnm-module/src/test/resources/fixtures/armentieres-2022.json',
  import.meta.url)));
const STAMP = Date.now().toString(36);
const QUESTION = `Peut-on emprunter une liseuse ? (${STAMP})`;
const ANSWER = '<p>Oui : les <strong>liseuses</strong> se prêtent dans les bibliothèques partenaires.</p>'
  + '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">clic</a>';

/** Nothing of the hostile answer became markup: no script, no image, no javascript: link. */
async function sanitized(page) {
  assert.equal(await page.locator('main script').count(), 0, `no script in ${page.url()}`);
  assert.equal(await page.locator('main img').count(), 0, `no image in ${page.url()}`);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('a[href]')]
    .filter((a) => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length), 0);
}

test('an editor publishes a FAQ answer the public finds; an accepted library is listed; the figures have tables',
  async () => {
    const editor = await person(browser, 'editeur.demo');
    const page = await editor.page();
    await logIn(page, 'editeur.demo');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rédaction' })
      .click();
    await checkPage(page, 'Rédaction de la FAQ');
    const form = page.getByRole('region', { name: 'Nouvelle question' });
    await form.getByLabel('Question').fill(QUESTION);
    await form.getByLabel('Catégorie').selectOption({ index: 0 });
    await form.getByLabel('Réponse').fill(ANSWER);
    await form.getByLabel('Mots-clés').fill('liseuses, prêt');
    await form.getByRole('button', { name: 'Créer le brouillon' }).click();
    await checkPage(page, 'Rédaction de la FAQ');
    await page.getByRole('link', { name: QUESTION }).click();
    await checkPage(page, 'Rédaction de la FAQ');
    const preview = page.locator('.faq-preview');
    assert.match(await preview.innerText(), /les liseuses se prêtent/);
    await sanitized(page);

    // a draft: the public FAQ does not show it
    const visitor = await person(browser, 'visiteur');
    const pub = await visitor.page();
    await pub.goto('/content/bnm/faq.html');
    await checkPage(pub, 'Foire aux questions');
    assert.equal(await pub.getByText(QUESTION).count(), 0, 'a draft stays out of the public FAQ');

    await page.getByRole('button', { name: 'Publier' }).click();
    await page.getByRole('status').first().waitFor();
    await checkPage(page, 'Rédaction de la FAQ', { shot: 'redaction-faq' });
    editor.assertClean();
    await editor.close();

    // the visitor searches « liseuse »: the answer says « liseuses »
    await pub.goto('/content/bnm/faq.html');
    await checkPage(pub, 'Foire aux questions');
    await pub.getByRole('search').getByLabel('Rechercher dans la FAQ').fill('liseuse');
    await pub.getByRole('search').getByRole('button', { name: 'Rechercher' }).click();
    await checkPage(pub, 'Foire aux questions');
    await pub.getByRole('region', { name: /Résultats pour « liseuse »/ }).getByRole('link', { name: QUESTION }).click();
    const entry = pub.locator('details', { has: pub.getByText(QUESTION) });
    await entry.locator('summary').click();
    assert.match(await entry.innerText(), /les liseuses se prêtent/);
    await sanitized(pub);
    await checkPage(pub, 'Foire aux questions', { shot: 'faq-publique' });

    // a dossier accepted by the MEL: its library is in the public directory, with its own page
    const town = await commune('annuaire', `Ville-Annuaire ${STAMP}`);
    const library = `Médiathèque de l'Annuaire ${STAMP}`;
    const document = structuredClone(SEED);
    document.libraries[0].presentation.name = library;
    const dossier = `/campaigns/${CAMPAIGN}/dossiers/${town.slug}`;
    assert.equal((await api('PUT', dossier, document, town.agent, town.password)).status, 200);
    assert.equal((await api('POST', `${dossier}/sign`, null, town.elected, town.password)).status, 200);
    assert.equal((await api('POST', `${dossier}/submit`, null, town.agent, town.password)).status, 200);
    for (const to of ['in_review', 'accepted']) {
      const moved = await api('POST', `${dossier}/transitions`, { to, comment: 'Dossier complet.' },
        'instructeur.demo');
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
    }
    await pub.goto('/');
    await checkPage(pub, SITE);
    await pub.getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: /Bibliothèques/ }).click();
    await checkPage(pub, 'Bibliothèques partenaires', { shot: 'bibliotheques-partenaires' });
    await pub.getByRole('link', { name: library }).click();
    await checkPage(pub, library);
    const shown = await pub.getByRole('main').innerText();
    assert.doesNotMatch(shown, new RegExp(SEED.electedOfficial.lastName, 'i'), 'never the élu');
    assert.doesNotMatch(shown, /@/, 'never an e-mail address');
    visitor.assertClean();
    await visitor.close();

    // the instructor's figures: every chart an image with its data table
    const instructor = await person(browser, 'instructeur.demo');
    const stats = await instructor.page();
    await logIn(stats, 'instructeur.demo');
    await stats.goto(`/content/bnm/instruction/statistiques.html?campaign=${CAMPAIGN}`);
    await checkPage(stats, 'Chiffres de la campagne', { shot: 'instruction-chiffres' });
    const charts = stats.locator('section.chart');
    assert.ok(await charts.count() > 0, 'charts');
    for (const chart of await charts.all()) {
      assert.equal(await chart.getByRole('img').count(), 1);
      assert.ok(await chart.getByRole('table').locator('tbody tr').count() > 0, 'a data table under each chart');
    }
    instructor.assertClean();
    await instructor.close();
  });

test('an editor who picks a working-group document past 20 Mo is told so on the field, before anything is sent',
  async () => {
    const editor = await person(browser, 'editeur.demo');
    const page = await editor.page();
    await logIn(page, 'editeur.demo');
    await page.goto('/content/bnm/groupes-de-travail/ressources-en-ligne.html');
    await checkPage(page, 'Ressources en ligne');
    const sent = [];
    page.on('request', (request) => { if (request.method() === 'POST') sent.push(request.url()); });
    const form = page.getByRole('region', { name: 'Ajouter un document' });
    const file = form.getByLabel('Fichier');
    const huge = Buffer.alloc(21 * 1024 * 1024);
    huge.write('%PDF-1.4\n');
    await file.setInputFiles({ name: 'compte-rendu-enorme.pdf', mimeType: 'application/pdf', buffer: huge });
    await form.getByRole('button', { name: 'Ajouter le document' }).click();
    assert.equal(await file.evaluate((input) => input.validationMessage),
      'Le fichier dépasse 20 Mo, la taille maximale d\'un document.');
    assert.deepEqual(sent, [], 'nothing sent');

    // a lighter file goes through, and the group lists it
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await file.setInputFiles({ name: `compte-rendu-${STAMP}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    await form.getByRole('button', { name: 'Ajouter le document' }).click();
    await page.getByRole('status').first().waitFor();
    await checkPage(page, 'Ressources en ligne');
    assert.match(await page.getByRole('main').innerText(), new RegExp(`compte-rendu-${STAMP}`));
    editor.assertClean();
    await editor.close();
  });
