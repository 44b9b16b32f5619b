/**
 * Invented Batak names for the demo's participants. Any likeness to a real person is chance: the only
 * real names in the demo are the two the news article reports (Polmudi Sagala, Barry Simorangkir).
 */
// biome-ignore format: a list of names reads best packed
const GIVEN = [
  'Agustina', 'Benny', 'Christina', 'Daniel', 'Elisabeth', 'Fernando', 'Grace', 'Hotman', 'Imelda',
  'Jansen', 'Kristin', 'Lamhot', 'Marintan', 'Nelson', 'Octaviani', 'Parulian', 'Rosmawati', 'Saut',
  'Tiurma', 'Uli', 'Victor', 'Wilda', 'Yohannes', 'Rudolf', 'Hotnida', 'Poltak', 'Lisbet', 'Juniar',
  'Maruli', 'Debora', 'Togar', 'Sondang', 'Bonar', 'Dameria', 'Ronald', 'Nurhayati', 'Tumpal', 'Evalina',
  'Sahat', 'Rismauli', 'Gomgom', 'Herlina', 'Binsar', 'Mariana', 'Jhonson', 'Lenny', 'Freddy',
];
// biome-ignore format: a list of names reads best packed
const MARGA = [
  'Simanjuntak', 'Hutabarat', 'Situmorang', 'Sitompul', 'Hutagalung', 'Lumbantobing', 'Nababan', 'Siregar',
  'Simatupang', 'Sihombing', 'Silitonga', 'Aritonang', 'Pardede', 'Manalu', 'Simamora', 'Hutapea',
  'Tampubolon', 'Pasaribu', 'Sinaga', 'Sitorus', 'Napitupulu', 'Marpaung', 'Siahaan', 'Gultom', 'Sihite',
  'Rajagukguk', 'Hutauruk', 'Lumbangaol', 'Tambunan', 'Sianturi', 'Purba',
];

/** The n-th invented name of a list keyed by `salt`; distinct for n below GIVEN × MARGA. */
export function batakName(n: number, salt = 0): string {
  const i = n + salt * 17;
  const given = GIVEN[(i * 7) % GIVEN.length] as string;
  const marga = MARGA[(i * 11 + Math.floor(i / GIVEN.length)) % MARGA.length] as string;
  return `${given} ${marga}`;
}
