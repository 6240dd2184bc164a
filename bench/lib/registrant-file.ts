import Papa from 'papaparse';

/** A registrant list of `count` distinct people, as the renderer sends a chosen file. */
export function registrantFile(count: number) {
  const rows = Array.from({ length: count }, (_, i) => [
    `Given${i}`,
    `Family${i % 997} ${i}`,
    `person${i}@example.org`,
    `Organisation ${i % 200}`,
    ['France', 'Sénégal', "Côte d'Ivoire", 'Brazil', 'Japan'][i % 5]!,
    ['Delegate', 'Speaker', 'Observer', ''][i % 4]!,
  ]);
  const header = ['First name', 'Last name', 'Email', 'Organisation', 'Country', 'Role'];
  const text = Papa.unparse([header, ...rows]);
  return {
    file: { name: 'registrants.csv', base64: Buffer.from(text, 'utf8').toString('base64') },
    mapping: { givenNames: 0, familyNames: 1, email: 2, organisation: 3, country: 4, role: 5 },
  };
}
