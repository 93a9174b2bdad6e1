import type { Context } from 'hono';
import type { Viewer } from '../../shared/access/index.js';
import type { SignInStateCookies } from '../adapters/auth/sign-in-state.js';
import type { IdentityProvider } from '../services/access/identity-provider.port.js';
import type { SessionRepository, SessionTokens } from '../services/access/session.port.js';
import type { UserRepository } from '../services/access/user.port.js';
import type { CentreThresholdsMemo } from '../services/centre-thresholds-memo.js';
import type { ActionRepository } from '../services/ports/action.port.js';
import type { AdvisorResultsRepository } from '../services/ports/advisor-results.port.js';
import type { AggregateRepository } from '../services/ports/aggregate.port.js';
import type { ApiKeyRepository } from '../services/ports/api-key.port.js';
import type { AuditLog } from '../services/ports/audit.port.js';
import type { BrandRepository } from '../services/ports/brand.port.js';
import type { CallbackRepository } from '../services/ports/callback.port.js';
import type { Clock } from '../services/ports/clock.port.js';
import type { ClosedQuarterRepository } from '../services/ports/closed-quarter.port.js';
import type { ExportStore } from '../services/ports/export-store.port.js';
import type { InteractionRepository } from '../services/ports/interaction.port.js';
import type { LogicsListsRepository } from '../services/ports/logics-lists.port.js';
import type { LogicsPublicationRepository } from '../services/ports/logics-publication.port.js';
import type { PayRepository } from '../services/ports/pay.port.js';
import type { PublicationRepository } from '../services/ports/publication.port.js';
import type { PulseSeal } from '../services/ports/pulse-seal.port.js';
import type { QuarterReviewRepository } from '../services/ports/quarter-review.port.js';
import type { RosterRepository } from '../services/ports/roster.port.js';
import type { DispatchRepository, SurveyRepository } from '../services/ports/survey.port.js';
import type { SurveyTokens } from '../services/ports/survey-token.port.js';
import type { CallerScope } from '../services/scope.js';
import type { ApiRateLimit } from './middleware/api-rate-limit.js';

/** Everything the HTTP app needs, wired by lambda.ts (AWS) or local.ts (this machine). */
export interface AppDeps {
  readonly roster: RosterRepository;
  readonly interactions: InteractionRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly clock: Clock;
  readonly customerKey: (email: string) => string;
  readonly aggregates: AggregateRepository;
  /** One advisor's own customer results (weekly counters, quarter, comments). */
  readonly advisorResults: AdvisorResultsRepository;
  /** Managers' recorded actions per team. */
  readonly actions: ActionRepository;
  /** Pay prerequisites and pay policy versions. */
  readonly pay: PayRepository;
  /** A quarter's pay review (proposals, reviews, contests); absent where the pay review is not served. */
  readonly reviews?: QuarterReviewRepository | undefined;
  /** Closed quarters' revisions (what payroll exports); absent with `reviews`. */
  readonly closedQuarters?: ClosedQuarterRepository | undefined;
  /** Where payroll downloads of closed revisions are stored before being served (local dir or S3). */
  readonly exportStore?: ExportStore | undefined;
  /** The centre's brand (name, accent colour, logo, sender) set by an admin; absent: the product's own. */
  readonly brand?: BrandRepository | undefined;
  /** The tools and methods advisors rate and the resources proposed per logic (admin lists). */
  readonly logicsLists?: LogicsListsRepository | undefined;
  /** The published advisor logics, one record per month (the logics pages read them). */
  readonly logicsPublication?: LogicsPublicationRepository | undefined;
  /** The append-only, hash-chained audit log. */
  readonly audit: AuditLog;
  /** The published pulse figures: the only pulse data the app reads. */
  readonly publication: PublicationRepository;
  /** Seals anonymous pulse answers on recording (the app never opens them). */
  readonly pulseSeal?: PulseSeal | undefined;
  /** Survey recording (and so the pulse table); absent where survey routes are served elsewhere. */
  readonly surveys?: SurveyRepository | undefined;
  readonly dispatch: DispatchRepository;
  /** Customers' callback requests after a low score (main table); absent: no callback offered. */
  readonly callbacks?: CallbackRepository | undefined;
  readonly tokens: SurveyTokens;
  /** A fresh random id (responses, invitations, anonymous pulse answers). */
  readonly newId: () => string;
  /** Local mode only: where the local mailer writes .eml files; enables the /dev tools. */
  readonly devOutboxDir?: string | undefined;
  /** The connection's remote address; /dev routes answer only when it is loopback. */
  readonly peerAddress?: ((c: Context) => string | undefined) | undefined;
  /** Each API key's request rate in this process (429 past it); absent: none (tests). */
  readonly apiRateLimit?: ApiRateLimit | undefined;
  /** People who may sign in, with their role and scope. */
  readonly users: UserRepository;
  /** Server-side sessions behind the session cookies. */
  readonly sessions: SessionRepository;
  readonly sessionTokens: SessionTokens;
  readonly newSessionId: () => string;
  /** Remembers the centre's quadrant thresholds for a minute (pages at 200 teams). */
  readonly centreThresholdsMemo?: CentreThresholdsMemo | undefined;
  /** How people sign in on this runtime; without it, no session is accepted. */
  readonly signIn?: SignInSetup | undefined;
}

/** How staff sign in on one runtime (functions/wiring/sign-in.wiring.ts). */
export interface SignInSetup {
  /** Issuers whose sessions this runtime accepts (the deployed app: its Cognito pool only). */
  readonly acceptedIssuers: readonly string[];
  /** The managed-login code flow, and the signed cookie that carries one attempt's state. */
  readonly provider?: { readonly identity: IdentityProvider; readonly state: SignInStateCookies } | undefined;
  /** /dev/login (loopback only), issuing sessions of the local issuer. */
  readonly devLogin: boolean;
}

export interface AppEnv {
  Variables: {
    scope: CallerScope & { keyId: string };
    /** The signed-in person, set by the session middleware when their session is valid. */
    viewer: Viewer | undefined;
    /** Their session id, for sign-out. */
    sessionId: string | undefined;
  };
}
