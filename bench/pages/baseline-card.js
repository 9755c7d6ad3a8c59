// The least a card can do: fetch the same config and show its title and summary in a shadow root,
// with no framework, no validation and no language handling. The benchmarks' yardstick.
class BaselineCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  async connectedCallback() {
    const root = this.shadowRoot;
    const config = await (await fetch(this.getAttribute('src'))).json();
    const title = document.createElement('h2');
    title.setAttribute('part', 'title');
    title.textContent = typeof config.title === 'string' ? config.title : config.title.en;
    const summary = document.createElement('p');
    summary.textContent = typeof config.summary === 'string' ? config.summary : config.summary.en;
    root.append(title, summary);
  }
}
customElements.define('baseline-card', BaselineCard);
