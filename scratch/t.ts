import { teamSchema } from '../shared/roster/team.schema.ts';
import { interactionBatchSchema } from '../shared/roster/interaction.schema.ts';
import * as z from 'zod/mini';
console.log(teamSchema.parse({teamId:'t1',name:' A ',site:'Lyon'}));
const r = interactionBatchSchema.safeParse({interactions:[{externalId:'x',advisorId:'a',channel:'fax',startedAt:'2026-01-01T10:00:00Z',endedAt:'2026-01-01T09:00:00Z',handleTimeSeconds:1.5,customerEmail:'no',customerLocale:'fr'}]});
console.log(JSON.stringify(r.error?.issues.map(i=>[i.path,i.message])));
console.log(JSON.stringify(z.toJSONSchema(teamSchema,{io:'input'})));
