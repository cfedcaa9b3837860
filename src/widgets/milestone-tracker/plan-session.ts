/**
 * `PlanSession`: who is signed in, their plans, and the plan shown with its check-ins and
 * history, loaded together; which plan is picked; the signed-in person's role and whether
 * they may edit. The comments of a milestone and the next page of a long list ("Show more")
 * are read by `PlanPaging` (plan-paging.ts), which comes with the panels.
 */
import { msg } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import type { Me } from '../../api/identity.js';
import { ApiError } from '../../api/errors.js';
import { getMe } from '../../generated/operations.js';
import { getPlan, listCheckIns, listPlanHistory, listPlans } from '../../generated/operations.js';
import type { Plan, PlanDetail } from '../../api/plan.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { Loader } from '../../ui/loader.js';
import type { TrackerHost } from './host.js';
import type { PlanSync } from './plan-sync.js';

/** Milestones read at a time: the first page comes with the plan, "Show more" reads the next. */
export const MILESTONES_PER_PAGE = 50;
/** Check-ins read at a time, newest first: the first page comes with the plan. */
export const CHECK_INS_PER_PAGE = 20;
/** Moved dates read at a time, oldest first: the first page comes with the plan. */
export const HISTORY_PER_PAGE = 50;

/** The lists the tracker reads a page at a time. */
export type PagedList = 'milestones' | 'plans' | 'checkIns' | 'history';
export const PLANS_PER_PAGE = 100;

export interface Session {
  me: Me;
  plans: Plan[];
  /** The cursor of the next plans the picker can show; null when they are all there. */
  plansCursor: string | null;
  /** The plan shown, as loaded; null when there is none. */
  detail: PlanDetail | null;
}

export type Role = 'mentee' | 'mentor' | 'coordinator';

/** The catalogue's names, with their code loaded on demand. */
export const loadCatalogueNames = (client: BridgewayClient, locale: string, signal?: AbortSignal): Promise<CatalogueNames> =>
  import('../../ui/catalogue-names.js').then((m) => m.catalogueNames(client, locale, signal));

/** What the tracker says to someone the page has not signed in (no user token, or one for nobody). */
export const needsUserMessage = () => msg('Sign in to see your plan: the page must give this element a user token.', { id: 'plan.needsUser' });

export class PlanSession {
  /** The plan the person picked (default: the page's `plan-id`, then the latest). */
  selectedPlan?: string;
  /** Occupation and jurisdiction names in the person's language, once the catalogue answered. */
  names?: CatalogueNames;

  readonly data: Loader<Session, readonly [BridgewayClient, string | undefined]>;

  constructor(
    private readonly host: TrackerHost,
    private readonly sync: PlanSync,
    /** Starts loading what the first view does not need, beside the data; resolves when it is there (or did not arrive). */
    preload: () => Promise<unknown>,
  ) {
    this.data = new Loader(host, {
      args: () => [host.client, this.selectedPlan ?? host.planId] as const,
      load: async ([client, wanted], signal): Promise<Session> => {
        const beside = preload();
        // Who is signed in and their plans, side by side when the page gave a user token. Without
        // one the plans would only be refused (a console error on the host's page), so only
        // `/v1/me` is asked, and a missing user ends in `plan.needsUser`.
        const mePending = client.call(getMe, { signal });
        const listMyPlans = () => client.call(listPlans, { query: { limit: PLANS_PER_PAGE }, signal });
        const plansPending = host.config.userToken ? listMyPlans() : undefined;
        plansPending?.catch(() => undefined);
        const me = await mePending;
        if (!me.user) throw new ApiError('auth', needsUserMessage());
        const { items: plans, nextCursor: plansCursor } = await (plansPending ?? listMyPlans());
        const id = wanted && plans.some((p) => p.id === wanted) ? wanted : me.user.role === 'mentee' ? plans.at(-1)?.id : plans[0]?.id;
        let detail: PlanDetail | null = null;
        if (id) {
          const params = { planId: id };
          const [loaded, checkIns, history] = await Promise.all([
            client.call(getPlan, { params, query: { limit: MILESTONES_PER_PAGE }, signal }),
            client.call(listCheckIns, { params, query: { limit: CHECK_INS_PER_PAGE }, signal }),
            client.call(listPlanHistory, { params, query: { limit: HISTORY_PER_PAGE }, signal }),
          ]);
          detail = loaded;
          sync.server.adopt(detail, checkIns, history);
        } else {
          sync.server.adopt(null);
        }
        sync.open(`bw-plan-queue:${host.config.endpoint}:${me.user.id}`);
        // Writes an earlier visit stored show with what comes beside the data (the queue's code,
        // and the code that reads the comments and date moves they hold): wait for it, already
        // on its way, then.
        if (sync.holdsWrites) await beside;
        // Names make the plan easier to read; the plan shows first and does not wait for them
        // (nor for their code, with the catalogue's schemas, loaded only now).
        loadCatalogueNames(client, host.formatters.locale, signal).then(
          (names) => {
            this.names = names;
            host.requestUpdate();
          },
          () => undefined,
        );
        return { me, plans, plansCursor, detail };
      },
      isEmpty: (value) => value.detail === null,
    });
  }

  /** The signed-in person, once loaded. */
  get me(): Me['user'] | undefined {
    return this.data.value?.me.user;
  }

  /** The role the element acts in: the `view` property, else the signed-in user's role. */
  get role(): Role {
    const view = this.host.view;
    if (view === 'mentee' || view === 'mentor') return view;
    return this.me?.role ?? 'mentee';
  }

  /** Mentors read, comment and record check-ins; they never edit the plan. */
  get canEdit(): boolean {
    return this.role !== 'mentor' && this.me?.role !== 'mentor';
  }

  /** The session has loaded (with or without a plan). */
  get loaded(): boolean {
    return this.data.value !== undefined;
  }

  reload(): Promise<void> {
    return this.data.run();
  }

  /** Shows another plan; `then` runs once it is loaded (to put the focus back). */
  pick(planId: string, then?: () => void): void {
    this.selectedPlan = planId;
    this.host.requestUpdate();
    if (then) void this.host.updateComplete.then(() => this.data.complete).then(then);
  }
}
