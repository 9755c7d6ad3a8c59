import type { GeoPoint } from '../core/locations.js';

/**
 * Where the reader is, from the browser itself (never a web service), asked only when the person
 * presses "Sort by distance from me". Rejects with `unsupported` or `denied`. The position is used
 * to sort places on this device and is not kept or sent.
 */
export function locateReader(): Promise<GeoPoint> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('unsupported'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lon: coords.longitude }),
      () => reject(new Error('denied')),
      { enableHighAccuracy: false, maximumAge: 10 * 60 * 1000, timeout: 20_000 },
    );
  });
}
