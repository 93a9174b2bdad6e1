import { join } from 'node:path';
import { DynamoAuditLog } from '../adapters/dynamo/audit.repository.js';
import type { DynamoClients } from '../adapters/dynamo/client.js';
import { DynamoClosedQuarterRepository } from '../adapters/dynamo/closed-quarter.repository.js';
import { LocalExportStore } from '../adapters/export/local-export-store.js';
import type { Config } from '../config.js';
import type { ExportClosedQuarterDeps } from '../services/pay/export-closed-quarter.service.js';
import { systemClock } from '../services/ports/clock.port.js';

/** Where payroll exports land on this machine: `.data/exports/`. */
export function localExportsDir(config: Pick<Config, 'DATA_DIR'>): string {
  return join(config.DATA_DIR, 'exports');
}

/** The payroll export on this machine: closed quarters on the local main table, files under .data/exports/. */
export function localPayExportDeps(config: Config, clients: DynamoClients): ExportClosedQuarterDeps {
  return {
    closedQuarters: new DynamoClosedQuarterRepository(clients, config.MAIN_TABLE_NAME),
    exportStore: new LocalExportStore(localExportsDir(config)),
    audit: new DynamoAuditLog(clients, config.MAIN_TABLE_NAME),
    clock: systemClock,
  };
}
