// `?trial=cll-apg-2575` swaps the demo trial. A classic script right after the element, so it runs
// while the page is parsed, before the deferred module scripts upgrade anything.
const trial = new URLSearchParams(location.search).get('trial');
const element = document.querySelector('[src*="demo/trials/"]');
if (trial && element) element.setAttribute('src', `../../demo/trials/${trial}.json`);
