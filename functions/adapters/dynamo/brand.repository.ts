import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';
import type { DynamoClients } from './client.js';

const brandKey = { pk: 'CENTRE', sk: 'BRAND' } as const;

/** The centre's brand in the main table: one item, the logo inline (at most 100 kB). */
export class DynamoBrandRepository implements BrandRepository {
  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  async getBrand(): Promise<Brand | undefined> {
    const out = await this.clients.doc.send(new GetCommand({ TableName: this.tableName, Key: brandKey }));
    if (!out.Item) return undefined;
    const { pk: _pk, sk: _sk, type: _type, ...brand } = out.Item;
    return brand as Brand;
  }

  async saveBrand(brand: Brand): Promise<void> {
    await this.clients.doc.send(
      new PutCommand({ TableName: this.tableName, Item: { ...brandKey, type: 'Brand', ...brand } }),
    );
  }
}
