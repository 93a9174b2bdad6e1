import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CentreResource } from '../../../shared/logics/resources-by-logic.js';
import type { CentreToolOrMethod } from '../../../shared/logics/ways-of-working-module.js';
import type { LogicsListsRepository } from '../../services/ports/logics-lists.port.js';
import type { DynamoClients } from './client.js';
import { entityTypes, keys } from './keys.js';

type ListName = 'TOOLS_AND_METHODS' | 'RESOURCES';

/**
 * The admin's two logics lists in the main table: one item per list, holding the whole list
 * with who saved it and when (a save replaces the last version). No list saved yet: empty.
 */
export class DynamoLogicsListsRepository implements LogicsListsRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  toolsAndMethods(): Promise<CentreToolOrMethod[]> {
    return this.read<CentreToolOrMethod>('TOOLS_AND_METHODS');
  }

  saveToolsAndMethods(list: readonly CentreToolOrMethod[], by: string, at: Date): Promise<void> {
    return this.save('TOOLS_AND_METHODS', list, by, at);
  }

  resources(): Promise<CentreResource[]> {
    return this.read<CentreResource>('RESOURCES');
  }

  saveResources(list: readonly CentreResource[], by: string, at: Date): Promise<void> {
    return this.save('RESOURCES', list, by, at);
  }

  private async read<T>(list: ListName): Promise<T[]> {
    const out = await this.clients.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.logicsList(list), ConsistentRead: true }),
    );
    return (out.Item?.entries as T[] | undefined) ?? [];
  }

  private async save(list: ListName, entries: readonly object[], by: string, at: Date): Promise<void> {
    await this.clients.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.logicsList(list),
          type: entityTypes.logicsList,
          entries,
          savedBy: by,
          savedAt: at.toISOString(),
        },
      }),
    );
  }
}
