import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { closestLocale, isRtl, nearestLang } from '../../src/ui/localization.js';
import { resetConfiguration, configure } from '../../src/ui/config.js';
import { formatNumber } from '../../src/ui/format.js';
import '../../src/ui/provider/define.js';
import { TestWidget, fakeFetch, part, root, settled } from './helpers.js';

const text = (el: TestWidget) => part(el, 'state')?.textContent?.trim() ?? '';

async function widget(template: ReturnType<typeof html>) {
  const container = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = container.querySelector('bw-test-widget') as TestWidget;
  await settled(el);
  return el;
}

describe('localisation', () => {
  afterEach(() => {
    fixtureCleanup();
    resetConfiguration();
  });

  it('maps language tags to the closest supported locale', () => {
    expect(closestLocale('fr-CA')).to.equal('fr');
    expect(closestLocale('zh-CN')).to.equal('zh-Hans');
    expect(closestLocale('zh')).to.equal('zh-Hans');
    expect(closestLocale('zh-Hans-SG')).to.equal('zh-Hans');
    expect(closestLocale('pt')).to.equal('pt-BR');
    expect(closestLocale('pt_PT')).to.equal('pt-BR');
    expect(closestLocale('ES-mx')).to.equal('es');
    expect(closestLocale('ar-EG')).to.equal('ar');
    expect(closestLocale('de')).to.equal('en');
    expect(closestLocale('')).to.equal('en');
    expect(isRtl('ar')).to.equal(true);
    expect(isRtl('he-IL')).to.equal(true);
    expect(isRtl('fr')).to.equal(false);
  });

  it('reads the nearest lang attribute, fr-CA becoming fr', async () => {
    const el = await widget(html`<div lang="fr-CA"><p><bw-test-widget></bw-test-widget></p></div>`);
    expect(el.resolvedLocale).to.equal('fr');
    await waitUntil(() => text(el).includes('Ce module n’est pas encore configuré'), 'French text');
    expect(root(el).getAttribute('lang')).to.equal('fr');
    expect(formatNumber(el.resolvedLocale, 1234.5)).to.equal('1\u202f234,5');
  });

  it('reads lang across shadow roots', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="uk"><div id="host"></div></div>`);
    const shadow = container.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(nearestLang(inner)).to.equal('uk');
    const el = document.createElement('bw-test-widget');
    shadow.append(el);
    await settled(el);
    expect(el.resolvedLocale).to.equal('uk');
    await waitUntil(() => text(el).includes('Цей віджет ще не налаштовано'), 'Ukrainian text');
  });

  it('prefers the locale attribute, then the provider, then configure(), over the page lang', async () => {
    configure({ locale: 'es' });
    const container = await fixture<HTMLElement>(html`<div lang="fr">
      <bw-test-widget id="configured"></bw-test-widget>
      <bw-provider locale="zh-CN"><bw-test-widget id="provided"></bw-test-widget></bw-provider>
      <bw-test-widget id="own" locale="pt"></bw-test-widget>
    </div>`);
    const get = (id: string) => container.querySelector<TestWidget>(`#${id}`)!;
    expect(get('configured').resolvedLocale).to.equal('es');
    expect(get('provided').resolvedLocale).to.equal('zh-Hans');
    expect(get('own').resolvedLocale).to.equal('pt-BR');
  });

  it('re-renders translated text when the locale changes at runtime', async () => {
    const mock = fakeFetch({ status: 404 });
    const el = await widget(html`<bw-test-widget endpoint="https://api.example" locale="es" .fetch=${mock.fn}></bw-test-widget>`);
    await waitUntil(() => part(el, 'retry')?.textContent === 'Volver a intentar', 'Spanish retry');
    el.locale = 'zh-Hans';
    await waitUntil(() => part(el, 'retry')?.textContent === '重试', 'Chinese retry');
    expect(part(el, 'error')!.textContent).to.contain('找不到您要查找的内容');
    el.locale = 'hi';
    await waitUntil(() => part(el, 'retry')?.textContent === 'दोबारा कोशिश करें', 'Hindi retry');
  });

  it('follows a change of the page lang', async () => {
    const el = await widget(html`<div lang="es"><bw-test-widget></bw-test-widget></div>`);
    await waitUntil(() => root(el).getAttribute('lang') === 'es', 'Spanish first');
    el.parentElement!.setAttribute('lang', 'pt-BR');
    await waitUntil(() => root(el).getAttribute('lang') === 'pt-BR', 'then Portuguese');
    expect(text(el)).to.contain('Este widget ainda não foi configurado');
  });

  it('sets dir=rtl for Arabic inside its shadow root and writes nothing to the host document', async () => {
    const html0 = document.documentElement;
    const before = { lang: html0.getAttribute('lang'), dir: html0.getAttribute('dir'), bodyDir: document.body.getAttribute('dir') };
    const headStyles = document.head.querySelectorAll('style').length;
    const el = await widget(html`<section id="host-section"><bw-test-widget locale="ar"></bw-test-widget></section>`);
    await waitUntil(() => root(el).getAttribute('dir') === 'rtl', 'rtl root');
    expect(root(el).getAttribute('lang')).to.equal('ar');
    expect(text(el)).to.contain('لم يُجهَّز هذا المكوّن بعد');
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
    expect(html0.getAttribute('lang')).to.equal(before.lang);
    expect(html0.getAttribute('dir')).to.equal(before.dir);
    expect(document.body.getAttribute('dir')).to.equal(before.bodyDir);
    expect(document.head.querySelectorAll('style').length).to.equal(headStyles);
    const section = document.querySelector('#host-section')!;
    expect(section.hasAttribute('dir')).to.equal(false);
    expect(section.hasAttribute('lang')).to.equal(false);
    expect(el.hasAttribute('dir')).to.equal(false);
    expect(el.hasAttribute('lang')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
