/** `npm run bench` runs every benchmark; `npm run bench -- NAME [N]` runs one. */
import { benchIngest } from './ingest.js';

const benches: Record<string, (n: number) => Promise<void>> = {
  ingest: (n) => benchIngest(n),
};
const defaults: Record<string, number> = { ingest: 5000 };

const [only, size] = process.argv.slice(2);
const names = only ? [only] : Object.keys(benches);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  await bench(size ? Number(size) : (defaults[name] ?? 1000));
}
