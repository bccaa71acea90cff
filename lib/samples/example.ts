import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExampleArticle {
  text: string;
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

const dir = join(process.cwd(), 'data', 'samples', 'cluster-munitions');

let cached: { a: ExampleArticle; b: ExampleArticle } | undefined;

/** The bundled example pair, read once from data/samples. */
export function loadExample(): { a: ExampleArticle; b: ExampleArticle } {
  cached ??= {
    a: {
      text: readFileSync(join(dir, 'a.txt'), 'utf8'),
      title: 'US officials reportedly believe the controversial ammo will help Kiev breach Russian defenses',
      outlet: 'RT (attributed by style)',
      date: '2023-07-07',
    },
    b: {
      text: readFileSync(join(dir, 'b.txt'), 'utf8'),
      outlet: 'AFP-based wire story',
      date: '2023-07-07',
    },
  };
  return cached;
}
