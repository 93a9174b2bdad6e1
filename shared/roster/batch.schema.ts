import * as z from 'zod/mini';
import { advisorSchema } from './advisor.schema.js';
import { teamSchema } from './team.schema.js';

export const maxRosterBatch = 500;

export const teamBatchSchema = z.object({
  teams: z.array(teamSchema).check(z.minLength(1), z.maxLength(maxRosterBatch)),
});

export const advisorBatchSchema = z.object({
  advisors: z.array(advisorSchema).check(z.minLength(1), z.maxLength(maxRosterBatch)),
});
