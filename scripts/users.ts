import { parseArgs } from 'node:util';
import { DynamoRosterRepository } from '../functions/adapters/dynamo/roster.repository.js';
import { DynamoUserRepository } from '../functions/adapters/dynamo/user.repository.js';
import { addUser, listUsers, removeUser } from '../functions/services/access/user-admin.service.js';
import { ConflictError, ValidationError } from '../functions/services/errors.js';
import { systemClock } from '../functions/services/ports/clock.port.js';
import { roles } from '../shared/access/index.js';
import { openLocalDatabase } from './local/local-database.js';

const usage = `Usage:
  npm run users -- add --email EMAIL --role ROLE [--teams team-a,team-b] [--advisor PAYROLL_ID] [--locale fr|en]
  npm run users -- list
  npm run users -- remove EMAIL
Roles: ${roles.join(', ')} (a manager needs --teams, an advisor needs --advisor)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    teams: { type: 'string' },
    advisor: { type: 'string' },
    locale: { type: 'string' },
  },
});
const [command, emailArgument] = positionals;
if (!command || !['add', 'list', 'remove'].includes(command)) {
  console.error(usage);
  process.exit(2);
}

const db = await openLocalDatabase();
const deps = {
  users: new DynamoUserRepository(db.clients, db.config.MAIN_TABLE_NAME),
  roster: new DynamoRosterRepository(db.clients, db.config.MAIN_TABLE_NAME),
  clock: systemClock,
};
try {
  if (command === 'add') {
    const user = await addUser(deps, {
      email: values.email,
      role: values.role,
      teams: values.teams
        ?.split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      advisorId: values.advisor,
      locale: values.locale,
    });
    console.log(
      `Added ${user.email} (${user.role}${user.teams.length ? `, teams ${user.teams.join(', ')}` : ''}).`,
    );
  } else if (command === 'list') {
    for (const u of await listUsers(deps)) {
      console.log(`${u.email}  ${u.role}  ${u.teams.join(',') || u.advisorId || '-'}  ${u.locale}`);
    }
  } else {
    if (!emailArgument) throw new Error('remove needs the email (see `npm run users -- list`)');
    await removeUser(deps, emailArgument);
    console.log(`Removed ${emailArgument.toLowerCase()}; their sessions stop at their next request.`);
  }
} catch (error) {
  const reasons =
    error instanceof ValidationError || error instanceof ConflictError
      ? error.problems.map((p) => `${p.path}: ${p.message}`)
      : [];
  console.error(`users: ${reasons.length ? reasons.join('; ') : (error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
