// Demo-page wiring only: the language and theme pickers set attributes, as a site owner would.
// `?lang=es&theme=dark` in the address sets them at load (handy for screenshots).
const params = new URLSearchParams(location.search);
for (const controls of document.querySelectorAll('[data-controls]')) {
  const study = document.getElementById(controls.dataset.controls);
  for (const select of controls.querySelectorAll('select[data-set]')) {
    const name = select.dataset.set;
    const initial = params.get(name);
    if (initial && [...select.options].some((option) => option.value === initial)) {
      select.value = initial;
      study.setAttribute(name, initial);
    }
    select.addEventListener('change', () => study.setAttribute(name, select.value));
  }
}
