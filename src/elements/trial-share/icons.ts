/**
 * The icons of <trial-share>: simple line drawings made for trialkit on a 24-unit grid, stroked
 * with currentColor so they follow the theme and forced colours. They are not official logos; the
 * name always goes with them. Kept in their own small chunk (loaded as soon as a <trial-share>
 * appears), so pages without share buttons do not download them.
 */
export const icons: Record<string, string> = {
  native: 'M12 15V3M8 7l4-4 4 4M5 12v8h14v-8',
  copy: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  email: 'M3 5h18v14H3zM3 6l9 7 9-7',
  sms: 'M4 4h16v12H9l-5 4zM8 10h.01M12 10h.01M16 10h.01',
  whatsapp: 'M4 20l1.3-4A8.5 8.5 0 1 1 8 18.7zM9 8.5c.5 3 3.5 6 6.5 6.5',
  facebook: 'M15 3h-2a3 3 0 0 0-3 3v15M7 10h7',
  x: 'M4 4h4l12 16h-4zM20 4l-6.5 7M4 20l6.5-7',
  linkedin: 'M4 4h16v16H4zM8 11v5M8 8v.01M12 16v-5M12 13a2 2 0 0 1 4 0v3',
  reddit: 'M4 14a8 5 0 1 0 16 0 8 5 0 1 0-16 0M12 9l1.5-5 4 1M9.5 13.5v.01M14.5 13.5v.01',
  telegram: 'M21 4L3 11l6 2.5M21 4l-3 16-9-6.5M21 4L9 13.5V19l3-3.5',
  bluesky: 'M12 11C10 7 7 4.5 5 4.5S3 9 4 10.5 7 12 9 12c-3 .5-4 3-2 4.5s4 0 5-4.5c1 4.5 3 6 5 4.5s1-4-2-4.5c2 0 4 0 5-1.5s1-6-1-6S14 7 12 11z',
  threads: 'M16 12a4 4 0 1 0-8 0 4 4 0 1 0 8 0v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1',
  mastodon: 'M4 9a5 5 0 0 1 5-5h6a5 5 0 0 1 5 5v3a5 5 0 0 1-5 5h-5c0 2 2 3 6 2.5M8 13V9.5a2 2 0 0 1 4 0V12 9.5a2 2 0 0 1 4 0V13',
  pinterest: 'M12 3a9 9 0 1 0 .01 0zM10 20.5l2.3-9M11 7.5h2a2.5 2.5 0 0 1 0 5h-1.5',
  qr: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2z',
  more: 'M6 12h.01M12 12h.01M18 12h.01',
  custom: 'M4 5h11v8H8l-4 3zM18 9h2v10l-3-2.5h-6V15',
};
