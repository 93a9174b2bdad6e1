import type { Locale } from '../../../shared/roster/index.js';

/** Words of payroll's downloads and the manifest check, French first. */
export const payrollExportMessages: Record<
  Locale,
  {
    downloads: (revision: number) => string;
    csv: string;
    json: string;
    manifest: string;
    checkTitle: string;
    checkHelp: string;
    file: string;
    check: string;
    resultTitle: (quarter: string, revision: number) => string;
    matches: (name: string) => string;
    differs: string;
    yourFile: (bytes: number, sha256: string) => string;
    expected: string;
    back: string;
    noFile: string;
    tooLarge: (megabytes: number) => string;
    badRevision: string;
    problems: string;
  }
> = {
  fr: {
    downloads: (r) => `Fichiers de la révision ${r}`,
    csv: 'CSV pour Excel (séparateur ;, virgule décimale)',
    json: 'JSON',
    manifest: 'Manifeste (nombre de lignes, totaux, SHA-256 de chaque fichier)',
    checkTitle: 'Vérifier un fichier',
    checkHelp:
      'Choisissez un fichier que vous détenez : Duopulse calcule son SHA-256 et le compare au manifeste de la révision clôturée. Rien n’est enregistré.',
    file: 'Fichier',
    check: 'Vérifier',
    resultTitle: (q, r) => `Vérification : ${q}, révision ${r}`,
    matches: (name) => `Conforme : ce fichier est exactement ${name}, tel que clôturé et approuvé.`,
    differs:
      'Non conforme : ce fichier ne correspond à aucun fichier du manifeste. Il a été modifié ou provient d’une autre révision.',
    yourFile: (bytes, sha) => `Votre fichier : ${bytes} octets, SHA-256 ${sha}`,
    expected: 'Fichiers du manifeste :',
    back: 'Retour au trimestre',
    noFile: 'choisissez un fichier',
    tooLarge: (mb) => `fichier trop volumineux (au plus ${mb} Mo)`,
    badRevision: 'un numéro de révision (1, 2, …)',
    problems: 'La demande est refusée :',
  },
  en: {
    downloads: (r) => `Files of revision ${r}`,
    csv: 'CSV for Excel (; separator, decimal comma)',
    json: 'JSON',
    manifest: 'Manifest (row count, totals, SHA-256 of each file)',
    checkTitle: 'Check a file',
    checkHelp:
      'Choose a file you hold: Duopulse computes its SHA-256 and compares it with the closed revision’s manifest. Nothing is stored.',
    file: 'File',
    check: 'Check',
    resultTitle: (q, r) => `Check: ${q}, revision ${r}`,
    matches: (name) => `Matches: this file is exactly ${name}, as closed and approved.`,
    differs:
      'Does not match: this file is none of the files the manifest names. It was changed or comes from another revision.',
    yourFile: (bytes, sha) => `Your file: ${bytes} bytes, SHA-256 ${sha}`,
    expected: 'Files in the manifest:',
    back: 'Back to the quarter',
    noFile: 'choose a file',
    tooLarge: (mb) => `file too large (at most ${mb} MB)`,
    badRevision: 'a revision number (1, 2, …)',
    problems: 'The request was refused:',
  },
};
