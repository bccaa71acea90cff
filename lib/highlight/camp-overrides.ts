/** A reader's speaker -> camp choices, kept in the URL as repeated `camp=Speaker:Camp` parameters. */
export type CampChoices = Record<string, string>;

const MAX_CHOICES = 50;
const MAX_LENGTH = 200;

/** Reads `camp` parameters; malformed or oversized ones are ignored (a shared link can be edited by hand). */
export function parseCampParams(values: string | readonly string[] | undefined): CampChoices {
  const list = typeof values === 'string' ? [values] : (values ?? []);
  const out: CampChoices = {};
  for (const v of list.slice(0, MAX_CHOICES)) {
    const at = v.indexOf(':');
    if (at <= 0 || v.length > MAX_LENGTH) continue;
    const speaker = v.slice(0, at).trim();
    const camp = v.slice(at + 1).trim();
    if (speaker && camp && speaker !== '__proto__') out[speaker] = camp;
  }
  return out;
}

/** The query string for a set of choices, e.g. '?camp=Sergey%20Ryabkov%3AUnited%20States%20government'. */
export function campQuery(choices: CampChoices): string {
  const params = new URLSearchParams();
  for (const [speaker, camp] of Object.entries(choices)) params.append('camp', `${speaker}:${camp}`);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** `search` with its `camp` parameters replaced by `choices`, every other parameter kept. */
export function withCampParams(search: string, choices: CampChoices): string {
  const params = new URLSearchParams(search);
  params.delete('camp');
  for (const [speaker, camp] of Object.entries(choices)) params.append('camp', `${speaker}:${camp}`);
  const q = params.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}
