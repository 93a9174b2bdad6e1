import type { Viewer } from '../../../shared/access/index.js';
import {
  maxResources,
  maxToolsAndMethods,
  resourceKinds,
} from '../../../shared/logics/logics-lists.schema.js';
import type { CentreResource } from '../../../shared/logics/resources-by-logic.js';
import {
  type CentreToolOrMethod,
  waysOfWorkingModule,
} from '../../../shared/logics/ways-of-working-module.js';
import type { Locale } from '../../../shared/roster/index.js';
import { ProblemList } from '../../components/problem-list.js';
import { SavedNotice } from '../../components/saved-notice.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { EditableListForm } from './editable-list-form.js';

const words = {
  fr: {
    title: 'Logiques de travail : listes du centre',
    intro:
      'Une fois par mois, la semaine du module « façons de travailler », les conseillers notent de 1 à 5 l’utilité de chaque outil et méthode listé ici, anonymement. Les ressources sont proposées aux logiques dont les réponses distinctives correspondent à leurs étiquettes.',
    problems: 'La demande est refusée, rien n’est enregistré :',
    tools: 'Outils et méthodes notés par les conseillers',
    toolsHint: `Au plus ${maxToolsAndMethods} (le module mensuel doit rester d’environ deux minutes). Une ligne vide est ignorée ; vider une ligne retire l’élément.`,
    resources: 'Ressources proposées par logique',
    resourcesHint: `Au plus ${maxResources}. Étiquettes : de 1 à 6 réponses du module séparées par des virgules, chacune suivie de « :high » (pour les logiques qui répondent plus haut que les autres) ou « :low » (plus bas), par exemple rely-colleagues:high.`,
    id: 'Identifiant',
    kind: 'Type',
    nameFr: 'Nom (français)',
    nameEn: 'Nom (anglais)',
    titleFr: 'Titre (français)',
    titleEn: 'Titre (anglais)',
    tags: 'Étiquettes',
    row: (n: number) => `ligne ${n}`,
    save: 'Enregistrer la liste',
    itemsTitle: 'Réponses du module (pour les étiquettes)',
    toolKinds: { tool: 'Outil', method: 'Méthode' },
    resourceKinds: {
      process: 'Processus',
      'training-format': 'Format de formation',
      'objective-setting': 'Mode de fixation des objectifs',
      'talking-points': 'Points de discussion pour les managers',
    },
    lists: { tools: 'liste des outils et méthodes', resources: 'liste des ressources' },
    saved: {
      tools: 'Liste des outils et méthodes enregistrée : le prochain module mensuel la reprend.',
      resources: 'Liste des ressources enregistrée.',
    },
  },
  en: {
    title: 'Ways of working: the centre’s lists',
    intro:
      'Once a month, in the week of the “ways of working” module, advisors rate from 1 to 5 how helpful each tool and method listed here is, anonymously. Resources are proposed to the logics whose distinctive answers match their tags.',
    problems: 'The request is refused, nothing is stored:',
    tools: 'Tools and methods advisors rate',
    toolsHint: `At most ${maxToolsAndMethods} (the monthly module must stay about two minutes). A blank row is ignored; blanking a row removes its entry.`,
    resources: 'Resources proposed per logic',
    resourcesHint: `At most ${maxResources}. Tags: 1 to 6 module answers, comma-separated, each followed by ":high" (for logics answering higher than the rest) or ":low" (lower), e.g. rely-colleagues:high.`,
    id: 'Id',
    kind: 'Kind',
    nameFr: 'Name (French)',
    nameEn: 'Name (English)',
    titleFr: 'Title (French)',
    titleEn: 'Title (English)',
    tags: 'Tags',
    row: (n: number) => `row ${n}`,
    save: 'Save the list',
    itemsTitle: 'Module answers (for tags)',
    toolKinds: { tool: 'Tool', method: 'Method' },
    resourceKinds: {
      process: 'Process',
      'training-format': 'Training format',
      'objective-setting': 'Objective-setting mode',
      'talking-points': 'Talking points for managers',
    },
    lists: { tools: 'tools and methods list', resources: 'resources list' },
    saved: {
      tools: 'Tools and methods list saved: the next monthly module uses it.',
      resources: 'Resources list saved.',
    },
  },
} as const;

type Values = Readonly<Record<string, string | undefined>>;

export interface LogicsListsPageProps {
  readonly viewer: Viewer;
  readonly tools: readonly CentreToolOrMethod[];
  readonly resources: readonly CentreResource[];
  /** After a refusal: which form was sent and its values, shown again. */
  readonly sent?: { readonly list: 'tools' | 'resources'; readonly values: Values } | undefined;
  readonly problems?: readonly { readonly path: string; readonly message: string }[] | undefined;
  /** Back from a save: which list was saved, told in a notice. */
  readonly saved?: 'tools' | 'resources' | undefined;
}

const columnWords = (w: (typeof words)[Locale]): Record<string, string> => ({
  id: w.id,
  kind: w.kind,
  fr: w.nameFr,
  en: w.nameEn,
  tags: w.tags,
});

/** The label a refused field is named with: its row and column (`ligne 3, Nom (anglais)`). */
function problemLabels(problems: LogicsListsPageProps['problems'], w: (typeof words)[Locale]) {
  const labels: Record<string, string> = { tools: w.lists.tools, resources: w.lists.resources };
  for (const p of problems ?? []) {
    const match = /^(tool|resource)-(\d+)-(\w+)$/.exec(p.path);
    if (!match) continue;
    const column =
      match[1] === 'resource' && (match[3] === 'fr' || match[3] === 'en')
        ? match[3] === 'fr'
          ? w.titleFr
          : w.titleEn
        : columnWords(w)[match[3] as string];
    labels[p.path] = `${w.row(Number(match[2]) + 1)}, ${column}`;
  }
  return labels;
}

/** Row values: what was sent after a refusal, else the stored entry. */
function rowValues(
  prefix: string,
  count: number,
  stored: (i: number) => Record<string, string>,
  sent?: Values,
) {
  return Array.from({ length: count }, (_, i) => {
    if (!sent) return stored(i);
    const get = (f: string) => sent[`${prefix}-${i}-${f}`] ?? '';
    return { id: get('id'), kind: get('kind'), fr: get('fr'), en: get('en'), tags: get('tags') };
  });
}

function sentRows(prefix: string, sent: Values | undefined): number {
  let max = -1;
  for (const name of Object.keys(sent ?? {})) {
    const match = new RegExp(`^${prefix}-(\\d{1,3})-`).exec(name);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return max + 1;
}

/** /admin/logics: the admin keeps the tools and methods advisors rate, and the resources per logic. */
export function LogicsListsPage(props: LogicsListsPageProps) {
  const locale = props.viewer.locale;
  const w = words[locale];
  const toolsSent = props.sent?.list === 'tools' ? props.sent.values : undefined;
  const resourcesSent = props.sent?.list === 'resources' ? props.sent.values : undefined;
  const toolRows = rowValues(
    'tool',
    maxToolsAndMethods,
    (i) => {
      const t = props.tools[i];
      return { id: t?.id ?? '', kind: t?.kind ?? 'tool', fr: t?.name.fr ?? '', en: t?.name.en ?? '' };
    },
    toolsSent,
  );
  const resourceCount = Math.min(
    maxResources,
    Math.max(props.resources.length + 3, sentRows('resource', resourcesSent)),
  );
  const resourceRows = rowValues(
    'resource',
    resourceCount,
    (i) => {
      const r = props.resources[i];
      return {
        id: r?.id ?? '',
        kind: r?.kind ?? 'process',
        fr: r?.title.fr ?? '',
        en: r?.title.en ?? '',
        tags: r?.addresses.map((t) => `${t.itemId}:${t.when}`).join(', ') ?? '',
      };
    },
    resourcesSent,
  );
  return (
    <SignedInLayout viewer={props.viewer} title={w.title}>
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <SavedNotice text={props.saved ? w.saved[props.saved] : undefined} />
      <ProblemList problems={props.problems} intro={w.problems} labels={problemLabels(props.problems, w)} />
      <section class="card">
        <EditableListForm
          titleId="tools-title"
          title={w.tools}
          hint={w.toolsHint}
          action="/admin/logics/tools"
          prefix="tool"
          columns={[
            { field: 'id', header: w.id, maxLength: 40 },
            {
              field: 'kind',
              header: w.kind,
              options: (['tool', 'method'] as const).map((k) => ({ value: k, label: w.toolKinds[k] })),
            },
            { field: 'fr', header: w.nameFr, maxLength: 80 },
            { field: 'en', header: w.nameEn, maxLength: 80 },
          ]}
          rows={toolRows}
          rowLabel={w.row}
          save={w.save}
        />
      </section>
      <section class="card">
        <EditableListForm
          titleId="resources-title"
          title={w.resources}
          hint={w.resourcesHint}
          action="/admin/logics/resources"
          prefix="resource"
          columns={[
            { field: 'id', header: w.id, maxLength: 40 },
            {
              field: 'kind',
              header: w.kind,
              options: resourceKinds.map((k) => ({ value: k, label: w.resourceKinds[k] })),
            },
            { field: 'fr', header: w.titleFr, maxLength: 120 },
            { field: 'en', header: w.titleEn, maxLength: 120 },
            { field: 'tags', header: w.tags },
          ]}
          rows={resourceRows}
          rowLabel={w.row}
          save={w.save}
        />
        <details>
          <summary>{w.itemsTitle}</summary>
          <ul>
            {waysOfWorkingModule(props.tools).map((item) => (
              <li>
                <code>{item.id}</code> — {item.text[locale]}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </SignedInLayout>
  );
}
