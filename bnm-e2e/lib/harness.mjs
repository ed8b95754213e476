// The browser suite's harness: Debian's chromium driven by playwright-core, one watched context per person, axe-core
// (WCAG 2.1 A/AA, which RGAA 4.1 maps to) and the page's <title> checked on every page a journey visits.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.BNM_E2E_BASE || 'http://127.0.0.1:8080';
export const TARGET = process.env.BNM_E2E_TARGET || path.resolve('target');
export const SCREENSHOTS = path.join(TARGET, 'screenshots');
export const DEMO_PASSWORD = 'bnm-demo-2022';
export const CAMPAIGN = 'ami-bnm-2022';
export const SITE = 'Bibliothèque Numérique Métropolitaine';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.BNM_E2E_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A person's browser: its own cookies, French locale, and every page it opens watched for dialogs, page errors and
 * console errors (a CSP refusal and a failed resource load are console errors too). Only the console errors a journey
 * provokes on purpose and declares with expectConsoleError (the browser's own log of a 412 answer, say) pass.
 */
export async function person(browser, who) {
  const context = await browser.newContext({ baseURL: BASE, locale: 'fr-FR', viewport: { width: 1280, height: 900 },
    acceptDownloads: true });
  const problems = [];
  const expected = [];
  const watch = (page) => {
    page.on('dialog', (dialog) => { problems.push(`${who}: dialog « ${dialog.message()} » on ${page.url()}`); dialog.dismiss().catch(() => {}); });
    page.on('pageerror', (error) => problems.push(`${who}: page error ${error.message} on ${page.url()}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = `${message.text()} (${message.location().url || page.url()})`;
      const i = expected.findIndex((e) => e.re.test(text));
      if (i >= 0) { if (!expected[i].always) expected.splice(i, 1); return; }
      problems.push(`${who}: console error ${text}`);
    });
  };
  context.on('page', watch);
  return {
    who, context, problems,
    /** A console error the journey provokes on purpose: tolerated once, or always. */
    expectConsoleError(re, { always = false } = {}) { expected.push({ re, always }); },
    async page() { return context.newPage(); },
    assertClean() { assert.deepEqual(problems, [], `${who}: no dialog, page error nor console error`); },
    async close() { await context.close(); },
  };
}

/** Injects axe-core (through the debugger protocol: the page's CSP stays as it is) and asserts 0 WCAG 2.1 A/AA violation. */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'] }), WCAG);
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3)
    .map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(violations, [], `axe on ${page.url()}`);
}

/**
 * Every page a journey visits: loaded, in French, with its own <title> (the given one, then the site's name), and 0
 * axe violation. `shot` saves a screenshot under target/screenshots.
 */
export async function checkPage(page, title, { shot } = {}) {
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', `lang of ${page.url()}`);
  const expected = title === SITE ? SITE : `${title} — ${SITE}`;
  assert.equal(await page.title(), expected, `title of ${page.url()}`);
  await axe(page);
  if (shot) await screenshot(page, shot);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Logs in through the login form, as a person does: home page, « Se connecter », the form. */
export async function logIn(page, login, password = DEMO_PASSWORD) {
  await page.goto('/');
  await checkPage(page, SITE);
  await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).click();
  await checkPage(page, 'Connexion');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForLoadState('load');
  await assertLoggedIn(page);
}

export async function assertLoggedIn(page) {
  await page.getByRole('link', { name: 'Se déconnecter' }).waitFor();
}

// ------------------------------------------------------------------------------------------------ the API, for setup

function basic(login, password) {
  return 'Basic ' + Buffer.from(`${login}:${password}`).toString('base64');
}

export async function api(method, apiPath, body, login = 'admin.demo', password = DEMO_PASSWORD) {
  const response = await fetch(BASE + '/bnm/api/v1' + apiPath, {
    method, headers: { Authorization: basic(login, password), Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json; charset=UTF-8' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, etag: response.headers.get('ETag') };
}

/**
 * A new commune (tenant) with an agent and an elected official, through the API as the MEL admin. The slug gets a
 * unique suffix: a journey can run again on the same portal.
 */
export async function commune(prefix, name, { agentName = `Agent ${name}`, electedName = `Élu ${name}` } = {}) {
  const slug = `${prefix}-${Date.now().toString(36)}`;
  const created = await api('POST', '/tenants', { slug, name, kind: 'commune' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const password = 'mot-de-passe-e2e-2022';
  const agent = await api('POST', `/tenants/${slug}/users`, { login: `agent.${slug}`, password, displayName: agentName,
    email: `agent@${slug}.example.org`, role: 'agent' });
  assert.equal(agent.status, 201, JSON.stringify(agent.body));
  const elected = await api('POST', `/tenants/${slug}/users`, { login: `elu.${slug}`, password, displayName: electedName,
    email: `elu@${slug}.example.org`, role: 'elected' });
  assert.equal(elected.status, 201, JSON.stringify(elected.body));
  return { slug, name, password, agent: `agent.${slug}`, elected: `elu.${slug}` };
}

export function dossierUrl(slug, section) {
  return `/content/bnm/espace-commune/dossier.html?c=${CAMPAIGN}&t=${slug}${section ? `&s=${section}` : ''}`;
}

/** Waits until the autosave says it saved (« enregistré à HH:MM »). */
export async function autosaved(page) {
  await page.getByRole('status').filter({ hasText: /enregistré à \d\d:\d\d/ }).waitFor({ timeout: 15000 });
}

/**
 * The autosave that carries the given values: the promise of its answer (200 expected). Typing fires several saves
 * (a field left while one is under way is saved 3 s later): a journey waits for the one with its last input.
 */
export function saveCarrying(page, ...values) {
  return page.waitForResponse((r) => r.url().endsWith('.save.html') && r.request().method() === 'POST'
    && values.every((v) => (r.request().postData() || '').includes(v)), { timeout: 20000 });
}
