/**
 * The policy editor's live validation, served as a file from this origin (`script-src 'self'`;
 * no inline script). While HR types, it posts the draft to /pay/policy/check (debounced, same
 * origin) and lists the rules the draft breaks in the `aria-live` region, in the person's
 * language, each line naming the field in those words. Saving still validates on the server;
 * without JavaScript the form works the same.
 */
export const payPolicyCheckScript = `(() => {
  const area = document.getElementById('policy');
  const out = document.getElementById('policy-live');
  if (!area || !out) return;
  let timer = 0;
  let sent = 0;
  const show = (problems, okText) => {
    out.replaceChildren();
    if (problems.length === 0) {
      const p = document.createElement('p');
      p.textContent = okText;
      p.dataset.state = 'valid';
      out.append(p);
      return;
    }
    const ul = document.createElement('ul');
    ul.dataset.state = 'invalid';
    for (const problem of problems) {
      const li = document.createElement('li');
      li.textContent = problem.text;
      if (problem.field) li.dataset.field = problem.field;
      ul.append(li);
    }
    out.append(ul);
  };
  const check = async () => {
    const id = ++sent;
    const response = await fetch('/pay/policy/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ policy: area.value }),
    });
    if (id !== sent || !response.ok) return;
    const result = await response.json();
    show(result.problems, result.valid);
  };
  area.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => check().catch(() => {}), 300);
  });
  check().catch(() => {});
})();
`;
