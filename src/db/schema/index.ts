export * from './auth.ts';
export * from './mail.ts';
export * from './organisations.ts';
export * from './people.ts';
export * from './mentoring.ts';
export * from './groups.ts';
export * from './peer-support.ts';
