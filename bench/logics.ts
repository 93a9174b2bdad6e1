/** `npm run bench -- logics`: discovery of advisor logics for a month of 2,000 and 20,000 advisors. */
import { discoverLogics } from '../shared/logics/discover-logics.js';
import { plantCentre } from '../shared/logics/plant-logics.js';

export async function benchLogics(): Promise<void> {
  const rows = [];
  for (const respondents of [2000, 20_000]) {
    const centre = plantCentre({ respondents, seed: respondents });
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const found = discoverLogics({ items: centre.items, answers: centre.answers, seed: 1 });
    const ms = performance.now() - start;
    const heapAfter = process.memoryUsage().heapUsed;
    rows.push({
      advisors: respondents,
      items: centre.items.length,
      'discovery (s)': (ms / 1000).toFixed(2),
      logics: found.state === 'ok' ? found.logics.length : found.reason,
      stability: found.state === 'ok' ? found.stability?.meanAdjustedRandIndex.toFixed(3) : '',
      'heap growth (MB)': ((heapAfter - heapBefore) / 2 ** 20).toFixed(0),
      'rss (MB)': (process.memoryUsage().rss / 2 ** 20).toFixed(0),
    });
  }
  console.table(rows);
}
