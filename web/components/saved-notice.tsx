/**
 * What a form's save did, shown on the page the browser is sent back to (POST, redirect, GET):
 * announced politely by screen readers (role "status"); nothing when there is nothing to say.
 */
export function SavedNotice(props: { readonly text: string | undefined }) {
  if (!props.text) return null;
  return (
    <p class="card notice" role="status">
      {props.text}
    </p>
  );
}
