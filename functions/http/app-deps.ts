import type { Context } from 'hono';
import type { AggregateRepository } from '../services/ports/aggregate.port.js';
import type { ApiKeyRepository } from '../services/ports/api-key.port.js';
import type { Clock } from '../services/ports/clock.port.js';
import type { InteractionRepository } from '../services/ports/interaction.port.js';
import type { PublicationRepository } from '../services/ports/publication.port.js';
import type { PulseSeal } from '../services/ports/pulse-seal.port.js';
import type { RosterRepository } from '../services/ports/roster.port.js';
import type { DispatchRepository, SurveyRepository } from '../services/ports/survey.port.js';
import type { SurveyTokens } from '../services/ports/survey-token.port.js';
import type { CallerScope } from '../services/scope.js';

/** Everything the HTTP app needs, wired by lambda.ts (AWS) or local.ts (this machine). */
export interface AppDeps {
  readonly roster: RosterRepository;
  readonly interactions: InteractionRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly clock: Clock;
  readonly customerKey: (email: string) => string;
  readonly aggregates: AggregateRepository;
  /** The published pulse figures: the only pulse data the app reads. */
  readonly publication: PublicationRepository;
  /** Seals anonymous pulse answers on recording (the app never opens them). */
  readonly pulseSeal?: PulseSeal | undefined;
  /** Survey recording (and so the pulse table); absent where survey routes are served elsewhere. */
  readonly surveys?: SurveyRepository | undefined;
  readonly dispatch: DispatchRepository;
  readonly tokens: SurveyTokens;
  /** A fresh random id (responses, invitations, anonymous pulse answers). */
  readonly newId: () => string;
  /** Local mode only: where the local mailer writes .eml files; enables the /dev tools. */
  readonly devOutboxDir?: string | undefined;
  /** The connection's remote address; /dev routes answer only when it is loopback. */
  readonly peerAddress?: ((c: Context) => string | undefined) | undefined;
}

export interface AppEnv {
  Variables: { scope: CallerScope & { keyId: string } };
}
