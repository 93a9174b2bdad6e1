import type { Role } from '../../../shared/access/index.js';
import type { Locale } from '../../../shared/roster/index.js';

export type SignInRefusalReason =
  | 'unknown-user'
  | 'no-role'
  | 'role-mismatch'
  | 'email-unverified'
  | 'invalid-sign-in';

const fr = {
  roleNames: {
    admin: 'administrateur',
    hr: 'RH / direction de la relation client',
    payroll: 'paie',
    manager: "manager d'équipe",
    advisor: 'conseiller',
  } satisfies Record<Role, string>,
  signedInAs: 'Connecté en tant que',
  asRole: 'rôle :',
  yourTeams: 'Vos équipes :',
  yourPayrollId: 'Votre matricule :',
  whatYouCanOpen: 'Ce que vous pouvez ouvrir',
  homeTitle: 'Accueil',
  manageUsers: 'Gérer les utilisateurs et leurs rôles',
  logicsLists: 'Outils, méthodes et ressources des logiques de travail',
  brand: 'Identité du centre : nom, logo, couleur, expéditeur des e-mails',
  payPrerequisites: 'Paie variable : dates de consultation du CSE et d’information des conseillers',
  logicsPage: 'Les logiques de travail des conseillers',
  myPay: 'Ma rémunération variable',
  centreOverview: 'La vue du centre : toutes les équipes',
  myResults: 'Mes résultats clients et les objectifs partagés',
  payPolicy: 'Paie variable : politique, consultation du CSE, information des conseillers',
  signOut: 'Se déconnecter',
  signInTitle: 'Connexion',
  refusedTitle: 'Connexion refusée',
  refusals: {
    'unknown-user':
      "Aucun utilisateur Duopulse n'a cette adresse. Demandez à un administrateur de vous ajouter.",
    'no-role':
      'Votre compte de connexion n’a pas de rôle Duopulse (ou en a plusieurs). Demandez à un administrateur de le corriger.',
    'role-mismatch':
      'Le rôle de votre compte de connexion ne correspond pas à celui enregistré dans Duopulse. Demandez à un administrateur de les aligner.',
    'email-unverified': "Votre adresse email n'a pas été vérifiée par le service de connexion.",
    'invalid-sign-in': "Cette connexion n'a pas pu être vérifiée ou a expiré. Recommencez.",
  } satisfies Record<SignInRefusalReason, string>,
  tryAgain: 'Se connecter à nouveau',
  devLoginTitle: 'Connexion locale (démo)',
  devLoginIntro:
    'Sur cette machine seulement : choisissez un utilisateur de démonstration. La session est la même que celle ouverte par Cognito en production, avec un émetteur local que la version déployée refuse.',
  devLoginNoUsers: 'Aucun utilisateur. Ajoutez-en un : npm run users -- add --email … --role admin',
  signInAs: 'Se connecter',
};

const en: typeof fr = {
  roleNames: {
    admin: 'administrator',
    hr: 'HR / head of customer relations',
    payroll: 'payroll',
    manager: 'team manager',
    advisor: 'advisor',
  },
  signedInAs: 'Signed in as',
  asRole: 'role:',
  yourTeams: 'Your teams:',
  yourPayrollId: 'Your payroll id:',
  whatYouCanOpen: 'What you can open',
  homeTitle: 'Home',
  manageUsers: 'Manage users and their roles',
  logicsLists: 'Tools, methods and resources for the ways of working',
  brand: 'Centre brand: name, logo, colour, email sender',
  payPrerequisites: 'Variable pay: staff consultation and advisor information dates',
  logicsPage: 'The advisors’ ways of working',
  myPay: 'My variable pay',
  centreOverview: 'The centre overview: every team',
  myResults: 'My customer results and the shared objectives',
  payPolicy: 'Variable pay: policy, staff representatives consulted, advisors informed',
  signOut: 'Sign out',
  signInTitle: 'Sign in',
  refusedTitle: 'Sign-in refused',
  refusals: {
    'unknown-user': 'No Duopulse user has this email address. Ask an administrator to add you.',
    'no-role': 'Your sign-in account has no Duopulse role (or several). Ask an administrator to fix it.',
    'role-mismatch':
      'The role of your sign-in account differs from the one recorded in Duopulse. Ask an administrator to align them.',
    'email-unverified': 'Your email address was not verified by the sign-in service.',
    'invalid-sign-in': 'This sign-in could not be verified or has expired. Please start again.',
  },
  tryAgain: 'Sign in again',
  devLoginTitle: 'Local sign-in (demo)',
  devLoginIntro:
    'On this machine only: pick a demo user. The session is the same one Cognito opens in production, with a local issuer that the deployed app refuses.',
  devLoginNoUsers: 'No users yet. Add one: npm run users -- add --email … --role admin',
  signInAs: 'Sign in',
};

export const authMessages: Readonly<Record<Locale, typeof fr>> = { fr, en };
