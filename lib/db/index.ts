export * from './database';
export * from './schema';
export * from './errors';
export * from './prospects';
export * from './notes';
export * from './clips';
