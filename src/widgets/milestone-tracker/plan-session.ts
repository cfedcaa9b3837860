/**
 * `PlanSession`: who is signed in, their plans, and the plan shown with its check-ins and
 * history, loaded together; which plan is picked; the signed-in person's role and whether
 * they may edit. It is in the element's first download: what connect needs to ask for the plan.
 * The plan's view (plan-view.ts, with the write queue laid over the plan) is a part whose code
 * loads beside these reads; the session hands it what it read, and the plan shows once both are
 * there. The comments of a milestone and the next page of a long list ("Show more") are read by
 * `PlanPaging` (plan-paging.ts), a part loaded the first time a person asks for one.
 */
import { msg } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import type { Me } from '../../api/identity.js';
import { ApiError } from '../../api/errors.js';
import { getMe } from '../../generated/operations.js';
import { getPlan, listCheckIns, listPlanHistory, listPlans } from '../../generated/operations.js';
import type { CheckIn, Plan, PlanDetail, Recalibration } from '../../api/plan.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { Loader } from '../../ui/loader.js';
import type { TrackerHost } from './host.js';
import type { PageRead } from './server-plan.js';

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

/** What the session hands the plan it read to: the plan's view, whose code loads beside the reads. */
export interface PlanHolder {
  /**
   * Takes the plan as read (null: there is none), with its check-ins and moved dates, and opens
   * the signed-in person's stored writes (`queueKey`); resolves once they can show with it.
   */
  adopt(detail: PlanDetail | null, checkIns: PageRead<CheckIn> | undefined, history: PageRead<Recalibration> | undefined, queueKey: string): Promise<void>;
  /** The catalogue's names in `locale`, their code loaded now (catalogue-names.ts). */
  names(client: BridgewayClient, locale: string, signal?: AbortSignal): Promise<CatalogueNames>;
}

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
    /**
     * Starts loading the plan's view beside the reads (and what comes with it); resolves to it,
     * or rejects with a `network` ApiError when its code did not arrive: the error state's
     * "Try again" then loads both again.
     */
    holder: () => Promise<PlanHolder>,
  ) {
    this.data = new Loader(host, {
      args: () => [host.client, this.selectedPlan ?? host.planId] as const,
      load: async ([client, wanted], signal): Promise<Session> => {
        const viewPending = holder();
        viewPending.catch(() => undefined);
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
        const params = id ? { planId: id } : undefined;
        const [detail, checkIns, history] = params
          ? await Promise.all([
              client.call(getPlan, { params, query: { limit: MILESTONES_PER_PAGE }, signal }),
              client.call(listCheckIns, { params, query: { limit: CHECK_INS_PER_PAGE }, signal }),
              client.call(listPlanHistory, { params, query: { limit: HISTORY_PER_PAGE }, signal }),
            ])
          : ([null, undefined, undefined] as const);
        // The view's code has been on its way since the reads began; writes an earlier visit
        // stored show with it (the view waits for the queue's code then, already on its way too).
        const view = await viewPending;
        await view.adopt(detail, checkIns, history, `bw-plan-queue:${host.config.endpoint}:${me.user.id}`);
        // Names make the plan easier to read; the plan shows first and does not wait for them
        // (nor for their code, with the catalogue's schemas, loaded only now).
        view.names(client, host.resolvedLocale, signal).then(
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
    return view === 'auto' ? (this.me?.role ?? 'mentee') : view;
  }

  /** Mentors read, comment and record check-ins; they never edit the plan. */
  get canEdit(): boolean {
    return this.role !== 'mentor' && this.me?.role !== 'mentor';
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
