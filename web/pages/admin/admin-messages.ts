import type { Locale } from '../../../shared/roster/index.js';

const fr = {
  title: 'Utilisateurs',
  intro:
    'Les personnes qui peuvent se connecter, leur rôle et leur périmètre : un manager ne voit que ses équipes, un conseiller que ses propres résultats.',
  email: 'Email',
  role: 'Rôle',
  teams: 'Équipes (manager, identifiants séparés par des virgules)',
  teamsColumn: 'Équipes',
  advisorId: 'Matricule (conseiller)',
  advisorColumn: 'Matricule',
  locale: 'Langue',
  add: 'Ajouter',
  addTitle: 'Ajouter un utilisateur',
  remove: 'Retirer',
  you: '(vous)',
  none: 'Aucun utilisateur.',
  problems: 'Rien n’a été enregistré :',
  notFound: 'Aucun utilisateur avec cette adresse.',
  knownTeams: 'Équipes connues :',
  chooseRole: '— choisir un rôle —',
  added: 'Utilisateur ajouté.',
  removed: 'Utilisateur retiré : ses sessions s’arrêtent à sa prochaine demande.',
  confirmTitle: 'Retirer un utilisateur',
  confirmQuestion: (email: string, role: string) =>
    `Retirer ${email} (${role}) ? Cette personne ne pourra plus se connecter.`,
  confirmRemove: 'Oui, retirer',
  cancel: 'Annuler',
};

const en: typeof fr = {
  title: 'Users',
  intro:
    'The people who may sign in, their role and their scope: a manager sees only their teams, an advisor only their own results.',
  email: 'Email',
  role: 'Role',
  teams: 'Teams (manager, ids separated by commas)',
  teamsColumn: 'Teams',
  advisorId: 'Payroll id (advisor)',
  advisorColumn: 'Payroll id',
  locale: 'Language',
  add: 'Add',
  addTitle: 'Add a user',
  remove: 'Remove',
  you: '(you)',
  none: 'No users.',
  problems: 'Nothing was saved:',
  notFound: 'No user has this email address.',
  knownTeams: 'Known teams:',
  chooseRole: '— choose a role —',
  added: 'User added.',
  removed: 'User removed: their sessions stop at their next request.',
  confirmTitle: 'Remove a user',
  confirmQuestion: (email: string, role: string) =>
    `Remove ${email} (${role})? This person will no longer be able to sign in.`,
  confirmRemove: 'Yes, remove',
  cancel: 'Cancel',
};

export const adminMessages: Readonly<Record<Locale, typeof fr>> = { fr, en };
