import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';
import type { DynamoClients } from './client.js';

const brandKey = { pk: 'CENTRE', sk: 'BRAND' } as const;

/** How long the brand is remembered between reads (every page shows it). */
const brandMemoMs = 30_000;

/**
 * The centre's brand in the main table: one item, the logo inline (at most 100 kB). Remembered
 * for 30 s: a save through this instance shows on its next page at once (the memo is cleared),
 * another instance's within 30 s; a failed read is not remembered.
 */
export class DynamoBrandRepository implements BrandRepository {
  private memo: { at: number; brand: Promise<Brand | undefined> } | undefined;

  constructor(
    private readonly clients: DynamoClients,
    private readonly tableName: string,
  ) {}

  getBrand(): Promise<Brand | undefined> {
    const now = Date.now();
    if (this.memo && now - this.memo.at < brandMemoMs) return this.memo.brand;
    const brand = this.readBrand();
    const memo = { at: now, brand };
    this.memo = memo;
    brand.catch(() => {
      if (this.memo === memo) this.memo = undefined;
    });
    return brand;
  }

  private async readBrand(): Promise<Brand | undefined> {
    const out = await this.clients.doc.send(new GetCommand({ TableName: this.tableName, Key: brandKey }));
    if (!out.Item) return undefined;
    const { pk: _pk, sk: _sk, type: _type, ...brand } = out.Item;
    return brand as Brand;
  }

  async saveBrand(brand: Brand): Promise<void> {
    this.memo = undefined;
    try {
      await this.clients.doc.send(
        new PutCommand({ TableName: this.tableName, Item: { ...brandKey, type: 'Brand', ...brand } }),
      );
    } finally {
      // A read that started during the write may hold the old brand.
      this.memo = undefined;
    }
  }
}
