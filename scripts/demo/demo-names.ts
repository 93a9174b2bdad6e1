/** First and last names for demo advisors, managers and customers, with their accents. */
export const frenchFirstNames = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Sarah',
  'Émilie',
  'Julie',
  'Laura',
  'Pauline',
  'Marion',
  'Océane',
  'Clémence',
  'Anaïs',
  'Élodie',
  'Aurélie',
  'Nadia',
  'Sophie',
  'Mélanie',
  'Hélène',
  'Thomas',
  'Lucas',
  'Hugo',
  'Nicolas',
  'Julien',
  'Maxime',
  'Antoine',
  'Kévin',
  'Romain',
  'Mehdi',
  'Karim',
  'Jérôme',
  'Sébastien',
  'François',
  'Théo',
  'Mathieu',
  'Yanis',
  'Baptiste',
  'Jean-Luc',
  'Marie-Anne',
] as const;

export const frenchLastNames = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Légaré',
  'Benali',
  'Nguyen',
  'Fontaine',
  'Chevalier',
  'Rousseau',
  'Gauthier',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gaillard',
  'Brunet',
  'Faure',
  "D'Almeida",
  'Le Goff',
] as const;

export const englishFirstNames = [
  'Emma',
  'Olivia',
  'Amelia',
  'Grace',
  'Jack',
  'Oliver',
  'Harry',
  'George',
  'Liam',
  'Noah',
] as const;

export const englishLastNames = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Wilson',
  'Evans',
  "O'Brien",
  'Walker',
  'Hughes',
  'Murphy',
] as const;

/**
 * The local part of an email from a name: accents dropped, lower case, spaces and apostrophes
 * removed, hyphens kept (`Marie-Anne Le Goff` → `marie-anne.legoff`).
 */
export function emailLocalPart(firstName: string, lastName: string): string {
  const simplify = (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[\s']/g, '');
  return `${simplify(firstName)}.${simplify(lastName)}`;
}
