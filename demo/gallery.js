// Demo-page wiring only: the language and theme pickers set attributes, as a site owner would.
for (const controls of document.querySelectorAll('[data-controls]')) {
  const study = document.getElementById(controls.dataset.controls);
  for (const select of controls.querySelectorAll('select[data-set]')) {
    select.addEventListener('change', () => study.setAttribute(select.dataset.set, select.value));
  }
}
