// Hash routes: #/events?q=…, #/event/12, #/dyad?a=RUS&b=PRK, #/network,
// #/map, #/treaties, #/brief. The hash holds a view's whole state, so any
// view can be bookmarked or shared.

export const VIEW_NAMES = ['events', 'event', 'dyad', 'network', 'map', 'treaties', 'brief'];

/** The route of a hash: #/event/12?x=1 → {name: 'event', arg: '12', params}. */
export function parseHash(hash) {
  const text = (hash || '').replace(/^#\/?/, '');
  const cut = text.indexOf('?');
  const path = cut < 0 ? text : text.slice(0, cut);
  const query = cut < 0 ? '' : text.slice(cut + 1);
  const [name, arg] = path.split('/');
  return {
    name: VIEW_NAMES.includes(name) ? name : 'events',
    arg: arg ? decodeURIComponent(arg) : null,
    params: new URLSearchParams(query),
  };
}

/** A hash for a view and its parameters, empty ones left out. */
export function routeHash(name, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '' && value !== false) query.set(key, String(value));
  }
  const text = query.toString();
  return `#/${name}${text ? `?${text}` : ''}`;
}

/** Goes to a hash; going to the current one renders it again. */
export function navigate(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

let lastEvents = '#/events';

/** Remembers the event list's hash (filters, page) for "back to events". */
export function rememberEventsRoute(hash) {
  lastEvents = hash || '#/events';
}

export function lastEventsRoute() {
  return lastEvents;
}
