import type { CentreResource } from '../../../shared/logics/resources-by-logic.js';
import type { CentreToolOrMethod } from '../../../shared/logics/ways-of-working-module.js';

/**
 * The two lists an admin keeps for the advisor logics (issue 12): the tools and methods
 * advisors rate in the monthly module, and the resources proposed per logic. Each list is
 * saved whole (a new version replaces the last); an empty centre has two empty lists.
 */
export interface LogicsListsRepository {
  toolsAndMethods(): Promise<CentreToolOrMethod[]>;
  saveToolsAndMethods(list: readonly CentreToolOrMethod[], by: string, at: Date): Promise<void>;
  resources(): Promise<CentreResource[]>;
  saveResources(list: readonly CentreResource[], by: string, at: Date): Promise<void>;
}
