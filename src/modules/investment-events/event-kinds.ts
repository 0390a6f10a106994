/** The kinds of promotion event: 推介会, 签约仪式, 展会, other. Shared by the server's schemas and the web's forms. */
export const eventKinds = ['promotion', 'signingCeremony', 'expo', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];
