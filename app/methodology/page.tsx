import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import {
  FrameLists,
  GazetteerLists,
  LoadedTermLists,
  NamingLists,
  ReportVerbLists,
} from '@/components/methodology/lexicon-lists';
import { TermFilter } from '@/components/methodology/term-filter';
import { PRIOR_WORDS, Z_THRESHOLD } from '@/lib/analysis/distinctive';
import { SIMILARITY_THRESHOLD } from '@/lib/analysis/overlap';
import { modelVersion } from '@/lib/analysis/version';
import { allLexiconData } from '@/lib/lexicons';

export const metadata: Metadata = {
  title: 'Methodology',
  description:
    'How Framelens finds loaded words, names, sources and quotes, and how every figure is computed.',
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Generated from the lexicon files themselves, so it always lists exactly what the model uses. */
export default function MethodologyPage() {
  const version = modelVersion(allLexiconData());
  return (
    <div className="max-w-4xl space-y-10 leading-relaxed">
      <header className="space-y-3">
        <h1 className="font-serif text-4xl font-semibold tracking-tight">How Framelens works</h1>
        <p className="text-lg text-stone-700">
          Framelens does not judge articles. It counts words and patterns from published word lists, so that
          every highlight and every number can be traced to the words it came from and to the list entry that
          flagged them. The lists are below, each entry with its explanation and its source.
        </p>
        <p className="text-sm text-stone-700">
          Model version: <code className="rounded bg-stone-100 px-1">{version}</code>. The part before the
          plus is the analysis code; the part after is a fingerprint of every list on this page. A saved
          comparison keeps the version it was made with, so its permalink never changes; its page offers to
          re-analyse with the current model.
        </p>
      </header>

      <Section id="figures" title="How each figure is computed">
        <dl className="space-y-4">
          <div>
            <dt className="font-semibold">Body words</dt>
            <dd>
              Words in the body paragraphs. The headline, photo captions, credits and page furniture (“Read
              more”) are shown but not counted, because they are not the article’s running voice.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Loaded terms, hedges and report verbs (per 1,000 words)</dt>
            <dd>
              Each word or phrase in the loaded-term lists is matched by its form or by its dictionary form
              (“escalate” also finds “escalated”), with context rules for false friends (“chicken Kiev”). A
              term inside a quotation is highlighted but marked as the speaker’s words; the rate per 1,000
              words counts only the outlet’s own voice: own-voice hits × 1,000 ÷ body words. The rate lets a
              short and a long article be compared.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Naming choices</dt>
            <dd>
              Groups of names for the same thing (Kiev / Kyiv, “regime” / “government”). A contrast is
              reported when the two articles choose differently; the count is how often each name appears.
              Proper names spelled differently in the two texts are also reported.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Sources cited</dt>
            <dd>
              Outlets and organisations from the gazetteer below, and people with titles, found where the text
              attributes information to them (“according to”, “citing”, “told”, “said”). Unnamed sources (“a
              person familiar with the matter”) are their own type. Photo credits are credits, not sources.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Quotes and voice balance</dt>
            <dd>
              Text in quotation marks, with its speaker (from the attribution, a title or apposition, or “he
              said” carried over from the last named speaker), the report verb and the speaker’s affiliation.
              Speakers are grouped into camps by country and sector. For each camp the chart counts the quoted
              words (scare quotes excluded) and the attributed statements, direct or paraphrased. A reader can
              move a speaker to another camp on the comparison page; the chart is recomputed in the browser.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Frame dimensions</dt>
            <dd>
              The 15 dimensions of the Policy Frames Codebook (Boydstun et al. 2014; used for the Media Frames
              Corpus, Card et al. 2015). Each has a word list below; the score is hits per 1,000 body words.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Distinctive words</dt>
            <dd>
              The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008), with
              the prior taken from general English word frequencies ({PRIOR_WORDS.toLocaleString('en-US')}{' '}
              pseudo-words) so two short texts do not produce noise. A word is shown only when its z-score
              passes ±{Z_THRESHOLD}; when none does, the page says so.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Tone</dt>
            <dd>
              Each body sentence gets wink-nlp’s sentiment score from −1 (negative wording) to +1 (positive
              wording); the chart plots it from the first to the last sentence and the page gives the mean.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Coverage overlap</dt>
            <dd>
              Sentences of the two articles are compared by the content words they share, weighted so that
              words found everywhere in the pair count little (cosine similarity of idf-weighted lemmas). A
              sentence whose best match reaches {SIMILARITY_THRESHOLD} is “in both”; otherwise it is “only in
              A” or “only in B”.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Findings</dt>
            <dd>
              The plain sentences at the top of a comparison are generated from the largest of these
              contrasts, with the counts they rest on.
            </dd>
          </div>
        </dl>
      </Section>

      <Section id="lists" title="The word lists">
        <p>
          Every list is a data file in the project’s <code>data/</code> folder, checked by a test for
          duplicates and missing explanations or sources. Open a group to read its entries.
        </p>
        <TermFilter />
        <h3 className="pt-2 text-xl font-semibold">Loaded terms, by category</h3>
        <LoadedTermLists />
        <h3 className="pt-2 text-xl font-semibold">Report verbs, by stance</h3>
        <ReportVerbLists />
        <h3 className="pt-2 text-xl font-semibold">Naming variants</h3>
        <NamingLists />
        <h3 className="pt-2 text-xl font-semibold">Frame dimensions</h3>
        <FrameLists />
        <h3 className="pt-2 text-xl font-semibold">Sources: outlets and organisations</h3>
        <GazetteerLists />
      </Section>
    </div>
  );
}
