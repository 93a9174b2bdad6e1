import * as z from 'zod/mini';
import { en } from 'zod/locales';
z.config(en());
import { interactionBatchSchema } from '../shared/roster/interaction.schema.ts';
const r = interactionBatchSchema.safeParse({interactions:[{externalId:'x',advisorId:'a',channel:'fax',startedAt:'2026-01-01T10:00:00Z',endedAt:'2026-01-01T09:00:00Z',handleTimeSeconds:1.5,customerEmail:'no',customerLocale:'fr'}]});
console.log(JSON.stringify(r.error?.issues.map(i=>[i.path,i.message])));
