/** `npm run bench -- statistics`: the statistics' checks by seeded simulation, one table. */
import { statisticsAlertRows } from './statistics-alerts.js';
import { statisticsCorrelationRows } from './statistics-correlations.js';

export async function benchStatistics(): Promise<void> {
  console.table([...statisticsCorrelationRows(), ...statisticsAlertRows()]);
}
