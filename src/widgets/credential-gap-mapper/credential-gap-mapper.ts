import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { msg, str } from '@lit/localize';
import { pickText } from '../../api/common.js';
import { JurisdictionListResponse, Occupation, OccupationSearchResponse, type Jurisdiction } from '../../api/catalogue.js';
import type { GapAnalysis, GapAnalysisRequest, Profile } from '../../api/gap.js';
import type { GapPlanRequest } from '../../api/plan.js';
import type { BridgewayClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderLoading } from '../../ui/states.js';
import { SearchCombobox, type Option } from './combobox.js';
import { gapMapperStyles } from './credential-gap-mapper.styles.js';
import type { PlanState } from './result-view.js';
import { EDUCATION_LEVELS, FIELD_FAMILIES, fieldLabel, LANGUAGE_TESTS, levelLabel, skillLabel } from './labels.js';
import {
  draftFromProfile,
  emptyDraft,
  emptyRow,
  loadDraft,
  profileFromDraft,
  saveDraft,
  SKILLS,
  type Draft,
  type FieldErrors,
  type Section,
} from './profile-draft.js';
import { loaders as gapLocales } from '../../generated/locales/gap/index.js';
import { loaders as gapMapLocales } from '../../generated/locales/gap-map/index.js';

/** The detail of `bw-gap-analysed`. */
export interface GapAnalysedDetail {
  analysis: GapAnalysis;
  profile: Profile;
}

/** `ut_<base64url payload>.<signature>`: the organisation and user, for a draft key only (never trusted). */
function tokenSubject(token: unknown): string {
  if (typeof token !== 'string' || !token.startsWith('ut_')) return token ? 'user' : 'anonymous';
  try {
    const payload = JSON.parse(atob(token.slice(3).split('.')[0].replace(/-/g, '+').replace(/_/g, '/'))) as { org?: string; sub?: string };
    return `${payload.org ?? ''}/${payload.sub ?? ''}`;
  } catch {
    return 'user';
  }
}

/** The analysis response before the result view (which carries its schema) has loaded: validated once it has. */
const Unvalidated = z.unknown();

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Maps a mentee's foreign credentials against the requirements of an occupation in a
 * jurisdiction: a guided profile form (kept as a draft so a reload loses nothing) with
 * occupation and jurisdiction pickers that search as one types, then a gap map with a
 * status per requirement, the pathways that close each gap with their time and cost,
 * the critical path as a timeline and a readiness summary. Compare a second
 * jurisdiction side by side, add chosen steps to the plan, print or export the map.
 *
 * @summary From foreign credentials to a per-requirement gap map with the pathways that close each gap.
 * @tagname bw-credential-gap-mapper
 *
 * @fires bw-gap-analysed - after each analysis; `detail` is `{ analysis: GapAnalysis, profile: Profile }`.
 * @fires bw-gap-plan-requested - when the person asks to add the selected gaps and pathways to their plan; `detail` is a `GapPlanRequest`. Cancelable: a listener that takes the request over (a `bw-milestone-tracker` on the page does) calls `preventDefault()`; otherwise, with a user token, the element POSTs it to `/v1/plans/from-gap` itself.
 * @fires bw-error - when loading failed (from the base element).
 *
 * @csspart form - the profile form.
 * @csspart combobox - an occupation or jurisdiction picker (with `input`, `listbox`, `option`).
 * @csspart toolbar - the buttons above the result (edit, compare, print, export).
 * @csspart analysis - one analysis (two side by side when comparing).
 * @csspart regulation - how the occupation is regulated there.
 * @csspart readiness - the readiness summary.
 * @csspart groups - the requirements grouped by kind (each `group`, each `requirement`).
 * @csspart pathway - one way to close a gap.
 * @csspart timeline - the critical path (each `stage`, each `step`).
 * @csspart plan - the "Add to my plan" area.
 * @csspart badge - status badges (`badge-success` met, `badge-warning` partly met, `badge-danger` gap, `badge-neutral` needs evidence).
 *
 * @cssprop --bw-gap-column-min - the narrowest a column of the compare view gets before they stack (default 22rem).
 * @cssprop --bw-color-success - "met".
 * @cssprop --bw-color-warning - "partly met".
 * @cssprop --bw-color-danger - "gap" and errors.
 * @cssprop --bw-color-primary - buttons, links, the highlighted option, steps on the critical path.
 */
export class BridgewayCredentialGapMapper extends BridgewayElement {
  static override styles = [...(BridgewayElement.styles as never[]), gapMapperStyles];
  static override localeArea = gapLocales;

  private occupationPicker = new SearchCombobox(this, {
    id: 'occupation',
    search: (q, signal) => this.searchOccupations(q, signal),
    onPick: (option) => this.pickTarget('occupation', option),
  });

  private jurisdictionPicker = new SearchCombobox(this, {
    id: 'jurisdiction',
    debounceMs: 100,
    search: (q, signal) => this.searchJurisdictions(q, signal),
    onPick: (option) => this.pickTarget('jurisdiction', option),
  });

  /** The result view (the map, compare, print, export, plan), loaded when the first analysis is asked for. */
  private result = new LazyPart(this, () => import('./result-view.js'), gapMapLocales);

  private analysisLoader = this.createLoader({
    autoRun: false,
    args: () => [this.client, this.pendingRequest] as const,
    isEmpty: (analysis: GapAnalysis) => analysis.results.length === 0,
    load: ([client, request], signal) => this.analyse(client, request, signal, true),
  });

  private compareLoader = this.createLoader({
    autoRun: false,
    args: () => [this.client, this.pendingRequest, this.compareWith] as const,
    load: ([client, request, jurisdictionId], signal) => this.analyse(client, request && jurisdictionId ? { ...request, jurisdictionId } : undefined, signal, false),
  });

  @state() private view: 'form' | 'result' = 'form';
  @state() private draft: Draft = { profile: emptyDraft() };
  @state() private errors: FieldErrors = {};
  @state() private selected = new Set<string>();
  @state() private plan: PlanState = { status: 'idle' };
  @state() private compareWith = '';
  @state() private occupationDetail?: Occupation;
  @state() private jurisdictions?: Jurisdiction[];

  private pendingRequest?: GapAnalysisRequest;
  private draftKey?: string;
  private planKey?: string;
  private focusFirstError = false;
  /** The occupation whose details are being loaded, so each update does not ask again. */
  private occupationLoading?: string;
  private jurisdictionsPending?: Promise<Jurisdiction[]>;
  private autoArgs?: unknown[];

  /** The mentee's profile, when the host already knows it. With `occupation` and `jurisdiction` set too, the map shows at once. Property only. */
  @property({ attribute: false }) profile?: Profile;

  /** The target occupation's catalogue id (`registered-nurse`). */
  @property({ reflect: true }) occupation?: string;

  /** The target jurisdiction's catalogue id (`ca-on`). */
  @property({ reflect: true }) jurisdiction?: string;

  /** The day the analysis is for (`YYYY-MM-DD`); today when unset. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** The analysis shown, once there is one. */
  get analysis(): GapAnalysis | undefined {
    return this.analysisLoader.status === 'ready' || this.analysisLoader.status === 'empty' ? this.analysisLoader.value : undefined;
  }

  // ---- lifecycle -------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    let key: string | undefined;
    try {
      const config = this.config;
      key = config.endpoint ? `bw-gap-draft:${config.endpoint}:${tokenSubject(config.userToken)}` : undefined;
    } catch {
      key = undefined;
    }
    if (changed.has('profile') && this.profile) {
      this.draft = { ...this.draft, profile: draftFromProfile(this.profile) };
    } else if (key && key !== this.draftKey && !this.profile) {
      const stored = loadDraft(key);
      if (stored) this.draft = stored;
    }
    if (key !== this.draftKey) this.draftKey = key;
    if (changed.has('occupation') && this.occupation && this.draft.occupation?.id !== this.occupation) {
      this.draft = { ...this.draft, occupation: { id: this.occupation, label: this.occupation } };
    }
    if (changed.has('jurisdiction') && this.jurisdiction && this.draft.jurisdiction?.id !== this.jurisdiction) {
      this.draft = { ...this.draft, jurisdiction: { id: this.jurisdiction, label: this.jurisdiction } };
    }
    // A host that knows the profile and the target gets the map at once, and again when
    // any of them or the credentials change (the token often arrives after the element).
    if (this.profile && this.occupation && this.jurisdiction && key) {
      const auto = [key, this.profile, this.occupation, this.jurisdiction];
      if (!this.autoArgs || auto.some((item, i) => item !== this.autoArgs![i])) {
        this.autoArgs = auto;
        this.submit();
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusFirstError) {
      this.focusFirstError = false;
      (this.renderRoot.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
    }
    const occupationId = this.draft.occupation?.id;
    if (occupationId && this.occupationDetail?.id !== occupationId && this.occupationLoading !== occupationId && this.config.endpoint) void this.loadOccupation(occupationId);
  }

  // ---- data ------------------------------------------------------------------------

  private async analyse(client: BridgewayClient, request: GapAnalysisRequest | undefined, signal: AbortSignal, primary: boolean): Promise<GapAnalysis> {
    if (!request) throw new Error('No analysis was asked for.');
    const body: GapAnalysisRequest = { ...request, save: primary && Boolean(this.config.userToken) };
    // The result view (with the response schema) loads while the request is in flight;
    // the response is validated against it once both have arrived.
    const viewLoaded = this.result.require();
    const answered = client.request({ method: 'POST', path: '/gap-analyses', body, response: Unvalidated, signal });
    answered.catch(() => undefined);
    const view = await viewLoaded;
    const parsed = view.GapAnalysisResponse.safeParse(await answered);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || '(root)';
      throw new ApiError('validation', `The response to POST /gap-analyses does not match the contract at ${where}.`, { cause: parsed.error });
    }
    const analysis = parsed.data;
    if (primary) {
      this.selected = view.initialSelection(analysis);
      this.plan = { status: 'idle' };
      this.planKey = undefined;
      this.dispatchEvent(new CustomEvent<GapAnalysedDetail>('bw-gap-analysed', { bubbles: true, composed: true, detail: { analysis, profile: request.profile } }));
    }
    return analysis;
  }

  private async searchOccupations(q: string, signal: AbortSignal): Promise<Option[]> {
    const locale = this.resolvedLocale;
    const page = await this.client.request({
      path: '/occupations',
      query: { q, locale, limit: 8, jurisdiction: this.draft.jurisdiction?.id },
      response: OccupationSearchResponse,
      signal,
    });
    return page.items.map((o) => {
      const label = pickText(o.name, locale);
      return { id: o.id, label, hint: o.matched && o.matched !== label ? o.matched : undefined };
    });
  }

  private async jurisdictionList(signal?: AbortSignal): Promise<Jurisdiction[]> {
    if (this.jurisdictions) return this.jurisdictions;
    if (signal) {
      this.jurisdictions = (await this.client.request({ path: '/jurisdictions', response: JurisdictionListResponse, signal })).items;
      return this.jurisdictions;
    }
    // Unsignalled callers (the target labels, the compare picker) share one request.
    const pending = (this.jurisdictionsPending ??= this.client.request({ path: '/jurisdictions', response: JurisdictionListResponse }).then(
      (page) => (this.jurisdictions ??= page.items),
      (error: unknown) => {
        this.jurisdictionsPending = undefined;
        throw error;
      },
    ));
    return pending;
  }

  private async searchJurisdictions(q: string, signal: AbortSignal): Promise<Option[]> {
    const locale = this.resolvedLocale;
    const wanted = normalise(q.trim());
    const covered = this.occupationDetail?.regulation.map((r) => r.jurisdictionId);
    return (await this.jurisdictionList(signal))
      .filter((j) => !covered || covered.includes(j.id))
      .map((j) => ({ id: j.id, label: pickText(j.name, locale), hint: j.region ?? j.country }))
      .filter((o) => !wanted || normalise(o.label).includes(wanted) || o.id.includes(wanted));
  }

  private async loadOccupation(id: string): Promise<void> {
    this.occupationLoading = id;
    // The jurisdiction's label is asked for beside the occupation, not after it.
    const labels = this.draft.jurisdiction && this.draft.jurisdiction.label === this.draft.jurisdiction.id ? this.jurisdictionList() : undefined;
    labels?.catch(() => undefined);
    try {
      const occupation = await this.client.request({ path: `/occupations/${encodeURIComponent(id)}`, response: Occupation });
      this.occupationDetail = occupation;
      if (this.draft.occupation?.id === id && this.draft.occupation.label === id) {
        this.draft = { ...this.draft, occupation: { id, label: pickText(occupation.name, this.resolvedLocale) } };
      }
      if (this.draft.jurisdiction && this.draft.jurisdiction.label === this.draft.jurisdiction.id) {
        const j = (await this.jurisdictionList()).find((x) => x.id === this.draft.jurisdiction?.id);
        if (j) this.draft = { ...this.draft, jurisdiction: { id: j.id, label: pickText(j.name, this.resolvedLocale) } };
      }
    } catch (error) {
      // The competencies are a convenience: the form still works without them.
      this.occupationDetail = undefined;
      this.reportError(error, 'load');
    } finally {
      if (this.occupationLoading === id) this.occupationLoading = undefined;
    }
  }

  // ---- editing ---------------------------------------------------------------------

  private store(draft: Draft): void {
    this.draft = draft;
    if (this.draftKey) saveDraft(this.draftKey, draft);
  }

  private pickTarget(which: 'occupation' | 'jurisdiction', option: Option): void {
    const choice = { id: option.id, label: option.label };
    const errors = { ...this.errors };
    delete errors[which];
    this.errors = errors;
    this.store({ ...this.draft, [which]: choice });
  }

  private setField(section: Section, index: number, key: string, value: string | string[]): void {
    const rows = [...(this.draft.profile[section] as unknown as Record<string, unknown>[])];
    rows[index] = { ...rows[index], [key]: value };
    this.store({ ...this.draft, profile: { ...this.draft.profile, [section]: rows } });
  }

  private addRow(section: Section): void {
    const rows = [...(this.draft.profile[section] as unknown[]), emptyRow(section)];
    this.store({ ...this.draft, profile: { ...this.draft.profile, [section]: rows } });
    void this.updateComplete.then(() => {
      const fieldsets = this.renderRoot.querySelectorAll<HTMLElement>(`fieldset[data-section="${section}"] .row`);
      fieldsets[fieldsets.length - 1]?.querySelector<HTMLElement>('input, select')?.focus();
    });
  }

  private removeRow(section: Section, index: number): void {
    const rows = (this.draft.profile[section] as unknown[]).filter((_, i) => i !== index);
    this.errors = {};
    this.store({ ...this.draft, profile: { ...this.draft.profile, [section]: rows } });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#add-${section}`)?.focus());
  }

  /** Validates the form and analyses. Returns false when a field needs attention. */
  submit(): boolean {
    const { profile, errors } = profileFromDraft(this.draft.profile);
    if (!this.draft.occupation) errors.occupation = msg('Choose the occupation you want to work in.', { id: 'gap.error.occupation' });
    if (!this.draft.jurisdiction) errors.jurisdiction = msg('Choose where you want to work.', { id: 'gap.error.jurisdiction' });
    this.errors = errors;
    if (!profile || Object.keys(errors).length) {
      this.focusFirstError = true;
      return false;
    }
    this.pendingRequest = {
      profile,
      occupationId: this.draft.occupation!.id,
      jurisdictionId: this.draft.jurisdiction!.id,
      ...(this.asOf ? { asOf: this.asOf } : {}),
    };
    this.view = 'result';
    this.compareWith = '';
    void this.analysisLoader.run();
    return true;
  }

  private onSubmit = (event: Event) => {
    event.preventDefault();
    this.submit();
  };

  /** Shows the second jurisdiction's analysis of the same profile beside the first. */
  compare(jurisdictionId: string): Promise<void> {
    this.compareWith = jurisdictionId;
    if (!jurisdictionId) return Promise.resolve();
    return this.compareLoader.run([this.client, this.pendingRequest, jurisdictionId]);
  }

  override retry(): void {
    super.retry();
    if (this.view === 'result') void this.analysisLoader.run();
  }

  // ---- plan, print, export -----------------------------------------------------------

  private toggle = (key: string, on: boolean) => {
    const next = new Set(this.selected);
    if (on) next.add(key);
    else next.delete(key);
    this.selected = next;
    this.planKey = undefined;
  };

  /** The `GapPlanRequest` for the current selection, or undefined when nothing is selected. */
  planRequest(): GapPlanRequest | undefined {
    const analysis = this.analysis;
    const view = this.result.module;
    return analysis && view ? view.planRequest(analysis, this.selected, this.resolvedLocale) : undefined;
  }

  private async addToPlan(): Promise<void> {
    const view = this.result.module;
    if (!view) return;
    const detail = this.planRequest();
    if (!detail) {
      this.plan = { status: 'error', message: view.planMessages.noneSelected() };
      return;
    }
    const takenOver = !this.dispatchEvent(new CustomEvent<GapPlanRequest>('bw-gap-plan-requested', { bubbles: true, composed: true, cancelable: true, detail }));
    if (takenOver) {
      // A tracker on the page asks the person to confirm and saves the milestones itself.
      this.plan = { status: 'done', message: view.planMessages.handedOver(detail.items.length) };
      return;
    }
    if (!this.config.userToken) {
      this.plan = { status: 'done', message: view.planMessages.sent(detail.items.length) };
      return;
    }
    this.plan = { status: 'saving', message: view.planMessages.saving() };
    // The same key for retries of the same selection: the server adds the milestones once.
    this.planKey ??= crypto.randomUUID();
    this.plan = await view.savePlan(() => this.client, detail, this.planKey, (error) => this.reportError(error, 'load'));
  }

  private exportJson(): void {
    const analysis = this.analysis;
    const view = this.result.module;
    if (!analysis || !view) return;
    view.downloadJson(this.renderRoot as ShadowRoot, `gap-map-${analysis.target.occupation.id}-${analysis.target.jurisdiction.id}.json`, {
      analysis,
      profile: this.pendingRequest?.profile,
      compared: this.compareWith && this.compareLoader.status === 'ready' ? this.compareLoader.value : undefined,
    });
  }

  // ---- rendering ---------------------------------------------------------------------

  private field(path: string, label: string, control: (id: string, describedBy: string | typeof nothing, invalid: boolean) => TemplateResult): TemplateResult {
    const id = `f-${path.replaceAll('.', '-')}`;
    const error = this.errors[path];
    return html`<div class="bw-field">
      <label class="bw-field__label" for=${id}>${label}</label>
      ${control(id, error ? `${id}-error` : nothing, Boolean(error))}
      ${error ? html`<span class="bw-field__error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private input(section: Section, index: number, key: string, label: string, options: { type?: string; value: string; inputmode?: string; optional?: boolean; placeholder?: string }): TemplateResult {
    return this.field(`${section}.${index}.${key}`, options.optional ? msg(str`${label} (optional)`, { id: 'gap.optional' }) : label, (id, describedBy, invalid) =>
      html`<input
        id=${id}
        class="bw-field__input"
        part="input"
        type=${options.type ?? 'text'}
        inputmode=${options.inputmode ?? nothing}
        placeholder=${options.placeholder ?? nothing}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?required=${!options.optional}
        .value=${options.value}
        @input=${(event: Event) => this.setField(section, index, key, (event.target as HTMLInputElement).value)}
      />`,
    );
  }

  private select(section: Section, index: number, key: string, label: string, value: string, choices: Array<[string, string]>): TemplateResult {
    return this.field(`${section}.${index}.${key}`, label, (id, describedBy, invalid) =>
      html`<select
        id=${id}
        class="bw-field__input"
        part="input"
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        required
        @change=${(event: Event) => this.setField(section, index, key, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${msg('Choose…', { id: 'gap.choose' })}</option>
        ${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>`,
    );
  }

  private section(section: Section, legend: string, addLabel: string, rowLabel: (n: number) => string, renderRow: (row: never, index: number) => TemplateResult, hint?: string): TemplateResult {
    const rows = this.draft.profile[section] as unknown as never[];
    return html`<fieldset class="section" data-section=${section}>
      <legend>${legend}</legend>
      ${hint ? html`<p class="hint">${hint}</p>` : nothing}
      ${rows.map(
        (row, index) => html`<div class="row" role="group" aria-label=${rowLabel(index + 1)}>
          ${renderRow(row, index)}
          <div class="row__actions">
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.removeRow(section, index)}>
              ${msg('Remove', { id: 'gap.remove' })}<span class="bw-visually-hidden"> ${rowLabel(index + 1)}</span>
            </button>
          </div>
        </div>`,
      )}
      <div>
        <button type="button" id="add-${section}" class="bw-button bw-button--secondary" part="button" @click=${() => this.addRow(section)}>${addLabel}</button>
      </div>
    </fieldset>`;
  }

  private renderForm(): TemplateResult {
    const p = this.draft.profile;
    const fields: Array<[string, string]> = FIELD_FAMILIES.map((f) => [f, fieldLabel(f)]);
    const levels: Array<[string, string]> = EDUCATION_LEVELS.map((l) => [l, levelLabel(l)]);
    const country = msg('Country (two-letter code)', { id: 'gap.form.country' });
    const errorCount = Object.keys(this.errors).length;
    const competencies = this.occupationDetail?.competencies ?? [];
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      <h2>${msg('Map your credential gaps', { id: 'gap.form.title' })}</h2>
      <p class="hint">${msg('Tell us about your education, licences, experience and language tests. Your answers stay in this browser until you ask for the map.', { id: 'gap.form.intro' })}</p>
      <div role="alert" class="summary" ?hidden=${errorCount === 0}>
        ${errorCount ? msg(str`${errorCount} fields need your attention. They are marked below.`, { id: 'gap.form.errors' }) : nothing}
      </div>
      <div class="targets">
        ${this.occupationPicker.render(msg('Occupation', { id: 'gap.form.occupation' }), msg('Type a job title, such as nurse or engineer.', { id: 'gap.form.occupationHint' }), this.draft.occupation, this.errors.occupation)}
        ${this.jurisdictionPicker.render(msg('Where you want to work', { id: 'gap.form.jurisdiction' }), msg('Type a province, state or country.', { id: 'gap.form.jurisdictionHint' }), this.draft.jurisdiction, this.errors.jurisdiction)}
      </div>
      ${this.section(
        'education',
        msg('Education', { id: 'gap.form.education' }),
        msg('Add education', { id: 'gap.form.addEducation' }),
        (n) => msg(str`Education ${n}`, { id: 'gap.form.educationN' }),
        (row: { level: string; fieldFamily: string; country: string; year: string; title: string }, i) => html`
          ${this.select('education', i, 'level', msg('Level', { id: 'gap.form.level' }), row.level, levels)}
          ${this.select('education', i, 'fieldFamily', msg('Field of study', { id: 'gap.form.field' }), row.fieldFamily, fields)}
          ${this.input('education', i, 'country', country, { value: row.country, placeholder: 'NG' })}
          ${this.input('education', i, 'year', msg('Year completed', { id: 'gap.form.year' }), { value: row.year, inputmode: 'numeric' })}
          ${this.input('education', i, 'title', msg('Name of the qualification', { id: 'gap.form.qualification' }), { value: row.title, optional: true })}
        `,
      )}
      ${this.section(
        'licences',
        msg('Licences', { id: 'gap.form.licences' }),
        msg('Add a licence', { id: 'gap.form.addLicence' }),
        (n) => msg(str`Licence ${n}`, { id: 'gap.form.licenceN' }),
        (row: { title: string; fieldFamily: string; issuer: string; country: string; status: string }, i) => html`
          ${this.input('licences', i, 'title', msg('Licence title', { id: 'gap.form.licenceTitle' }), { value: row.title })}
          ${this.select('licences', i, 'fieldFamily', msg('Field', { id: 'gap.form.licenceField' }), row.fieldFamily, fields)}
          ${this.input('licences', i, 'issuer', msg('Issued by', { id: 'gap.form.issuer' }), { value: row.issuer })}
          ${this.input('licences', i, 'country', country, { value: row.country })}
          ${this.select('licences', i, 'status', msg('Status', { id: 'gap.form.status' }), row.status, [
            ['active', msg('Active', { id: 'gap.form.active' })],
            ['lapsed', msg('Lapsed', { id: 'gap.form.lapsed' })],
            ['suspended', msg('Suspended', { id: 'gap.form.suspended' })],
          ])}
        `,
        msg('A licence to practise you hold or held in another country.', { id: 'gap.form.licencesHint' }),
      )}
      ${this.section(
        'experience',
        msg('Work experience', { id: 'gap.form.experience' }),
        msg('Add work experience', { id: 'gap.form.addExperience' }),
        (n) => msg(str`Work experience ${n}`, { id: 'gap.form.experienceN' }),
        (row: { role: string; fieldFamily: string; country: string; years: string; endYear: string; competencies: string[] }, i) => html`
          ${this.input('experience', i, 'role', msg('Role', { id: 'gap.form.role' }), { value: row.role, optional: true })}
          ${this.select('experience', i, 'fieldFamily', msg('Field', { id: 'gap.form.experienceField' }), row.fieldFamily, fields)}
          ${this.input('experience', i, 'country', country, { value: row.country })}
          ${this.input('experience', i, 'years', msg('Years', { id: 'gap.form.years' }), { value: row.years, inputmode: 'decimal' })}
          ${this.input('experience', i, 'endYear', msg('Last year (empty if ongoing)', { id: 'gap.form.endYear' }), { value: row.endYear, inputmode: 'numeric', optional: true })}
          ${competencies.length
            ? html`<fieldset class="checks">
                <legend>${msg('What this work included', { id: 'gap.form.competencies' })}</legend>
                ${competencies.map((c) => {
                  const id = `f-experience-${i}-c-${c.id}`;
                  return html`<label for=${id}
                    ><input
                      type="checkbox"
                      id=${id}
                      .checked=${row.competencies.includes(c.id)}
                      @change=${(event: Event) =>
                        this.setField('experience', i, 'competencies', (event.target as HTMLInputElement).checked ? [...row.competencies, c.id] : row.competencies.filter((x) => x !== c.id))}
                    />${pickText(c.label, this.resolvedLocale)}</label
                  >`;
                })}
              </fieldset>`
            : nothing}
        `,
      )}
      ${this.section(
        'languageTests',
        msg('Language tests', { id: 'gap.form.languageTests' }),
        msg('Add a language test', { id: 'gap.form.addLanguageTest' }),
        (n) => msg(str`Language test ${n}`, { id: 'gap.form.languageTestN' }),
        (row: Record<string, string>, i) => html`
          ${this.select('languageTests', i, 'test', msg('Test', { id: 'gap.form.test' }), row.test, Object.entries(LANGUAGE_TESTS))}
          ${this.input('languageTests', i, 'takenOn', msg('Date taken', { id: 'gap.form.takenOn' }), { type: 'date', value: row.takenOn })}
          ${SKILLS.map((skill) => this.input('languageTests', i, skill, skillLabel(skill), { value: row[skill], inputmode: 'decimal', optional: skill === 'overall' }))}
        `,
      )}
      <div class="actions">
        <button type="submit" class="bw-button" part="button submit">${msg('Show my gap map', { id: 'gap.form.submit' })}</button>
      </div>
    </form>`;
  }

  private renderToolbar(analysis?: GapAnalysis): TemplateResult {
    const view = this.result.module;
    const covered = new Set(this.occupationDetail?.regulation.filter((r) => r.requirementsCatalogued).map((r) => r.jurisdictionId) ?? []);
    return html`<div class="toolbar" part="toolbar">
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => (this.view = 'form')}>${msg('Edit my profile', { id: 'gap.edit' })}</button>
      ${analysis && view
        ? view.renderToolbarControls({
            analysis,
            locale: this.resolvedLocale,
            compareWith: this.compareWith,
            others: (this.jurisdictions ?? []).filter((j) => j.id !== analysis.target.jurisdiction.id && (covered.size === 0 || covered.has(j.id))),
            onFocusCompare: () => void this.jurisdictionList().catch(() => undefined),
            onCompare: (id) => void this.compare(id),
            onExport: () => this.exportJson(),
          })
        : nothing}
    </div>`;
  }

  private renderResult(): unknown {
    // An analysis is ready or empty only once its view has loaded (analyse() awaits it).
    const view = this.result.module!;
    return html`${this.renderToolbar(this.analysis)}
    ${this.analysisLoader.render({
      loading: () => renderLoading(msg('Mapping your gaps…', { id: 'gap.loading' })),
      empty: (analysis) => view.renderEmptyAnalysis(analysis, this.format),
      ready: (analysis) =>
        view.renderReady({
          analysis,
          format: this.format,
          selected: this.selected,
          onToggle: this.toggle,
          plan: this.plan,
          onAddToPlan: () => void this.addToPlan(),
          compareWith: this.compareWith,
          compareLoader: this.compareLoader,
        }),
    })}`;
  }

  protected override renderContent(): unknown {
    return this.view === 'form' ? this.renderForm() : this.renderResult();
  }
}

declare global {
  interface HTMLElementEventMap {
    'bw-gap-analysed': CustomEvent<GapAnalysedDetail>;
    'bw-gap-plan-requested': CustomEvent<GapPlanRequest>;
  }
}
