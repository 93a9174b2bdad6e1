import type { Viewer } from '../../../shared/access/index.js';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import type { Locale } from '../../../shared/roster/index.js';
import { ProblemList } from '../../components/problem-list.js';
import { SavedNotice } from '../../components/saved-notice.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';

const words: Record<
  Locale,
  Record<
    | 'title'
    | 'intro'
    | 'displayName'
    | 'accentColour'
    | 'accentHint'
    | 'logo'
    | 'logoHint'
    | 'removeLogo'
    | 'senderName'
    | 'replyTo'
    | 'save'
    | 'problems'
    | 'current'
    | 'saved',
    string
  >
> = {
  fr: {
    title: 'Identité du centre',
    intro:
      'Le nom, le logo et la couleur apparaissent sur chaque page et dans chaque e-mail ; l’expéditeur et l’adresse de réponse dans chaque e-mail.',
    displayName: 'Nom affiché',
    accentColour: 'Couleur d’accent',
    accentHint:
      'Au format #0b5cad ; refusée si elle est trop claire pour être lue sur fond blanc (contraste 4,5:1).',
    logo: 'Logo',
    logoHint: 'PNG ou JPEG, au plus 100 ko.',
    removeLogo: 'Retirer le logo actuel',
    senderName: 'Nom de l’expéditeur des e-mails',
    replyTo: 'Adresse de réponse',
    save: 'Enregistrer',
    problems: 'La demande est refusée :',
    current: 'Logo actuel :',
    saved: 'Identité enregistrée : elle apparaît déjà sur vos pages et dans les prochains e-mails.',
  },
  en: {
    title: 'Centre brand',
    intro:
      'The name, logo and colour show on every page and in every email; the sender name and reply-to address in every email.',
    displayName: 'Display name',
    accentColour: 'Accent colour',
    accentHint: 'As #0b5cad; refused when too light to read on white (4.5:1 contrast).',
    logo: 'Logo',
    logoHint: 'PNG or JPEG, at most 100 kB.',
    removeLogo: 'Remove the current logo',
    senderName: 'Email sender name',
    replyTo: 'Reply-to address',
    save: 'Save',
    problems: 'The request is refused:',
    current: 'Current logo:',
    saved: 'Brand saved: it already shows on your pages and in the next emails.',
  },
};

export interface BrandPageProps {
  readonly viewer: Viewer;
  readonly brand: Brand | undefined;
  readonly values?: Readonly<Record<string, string | undefined>> | undefined;
  readonly problems?: readonly { readonly path: string; readonly message: string }[] | undefined;
  /** Back from a save: a notice says it was saved. */
  readonly saved?: boolean | undefined;
}

/** The admin sets the centre's brand: name, accent colour (contrast-checked), logo, sender. */
export function BrandPage(props: BrandPageProps) {
  const w = words[props.viewer.locale];
  const value = (name: 'displayName' | 'accentColour' | 'senderName' | 'replyTo') =>
    props.values?.[name] ?? props.brand?.[name] ?? '';
  return (
    <SignedInLayout viewer={props.viewer} title={w.title}>
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <SavedNotice text={props.saved ? w.saved : undefined} />
      <ProblemList
        problems={props.problems}
        intro={w.problems}
        labels={{
          displayName: w.displayName,
          accentColour: w.accentColour,
          logo: w.logo,
          senderName: w.senderName,
          replyTo: w.replyTo,
        }}
      />
      <form class="card" method="post" action="/admin/brand" enctype="multipart/form-data">
        <label for="displayName">{w.displayName}</label>
        <input id="displayName" name="displayName" value={value('displayName')} required maxlength={80} />
        <label for="accentColour">{w.accentColour}</label>
        <input
          id="accentColour"
          name="accentColour"
          value={value('accentColour')}
          aria-describedby="accent-hint"
        />
        <p class="muted" id="accent-hint">
          {w.accentHint}
        </p>
        <label for="logo">{w.logo}</label>
        <input id="logo" name="logo" type="file" accept="image/png,image/jpeg" aria-describedby="logo-hint" />
        <p class="muted" id="logo-hint">
          {w.logoHint}
        </p>
        {props.brand?.logo && (
          <p>
            {w.current} <img src={`/brand/logo?v=${props.brand.logo.version}`} alt="" height={32} />{' '}
            <label>
              <input type="checkbox" name="removeLogo" /> {w.removeLogo}
            </label>
          </p>
        )}
        <label for="senderName">{w.senderName}</label>
        <input id="senderName" name="senderName" value={value('senderName')} maxlength={80} />
        <label for="replyTo">{w.replyTo}</label>
        <input id="replyTo" name="replyTo" type="email" value={value('replyTo')} />
        <p>
          <button type="submit">{w.save}</button>
        </p>
      </form>
    </SignedInLayout>
  );
}
